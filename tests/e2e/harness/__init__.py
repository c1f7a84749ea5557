"""End-to-end harness: replica sites under the real host names, and real browsers with the extension loaded."""
