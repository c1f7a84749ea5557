"""The browser-side module bundler: explicit imports resolved into one scope, with the bundler's checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from optout_guide.errors import InputError
from optout_guide import rules
from optout_guide.jsmodules import bundle


def tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def problems(tmp_path: Path, files: dict[str, str], entry: str = "main.js") -> list[str]:
    with pytest.raises(InputError) as caught:
        bundle(tree(tmp_path, files), entry)
    return [str(p).replace(str(tmp_path) + "/", "") for p in caught.value.problems]


def test_dependencies_first_imports_removed_exports_unwrapped(tmp_path):
    out = bundle(tree(tmp_path, {
        "main.js": 'import { twice } from "./lib/math.js";\nconsole.log(twice(2));\n',
        "lib/math.js": 'import { one } from "./one.js";\nexport function twice(x) {\n  return x * 2 * one;\n}\n',
        "lib/one.js": "export const one = 1;\n",
    }), "main.js")
    assert out.index("const one = 1;") < out.index("function twice(x)") < out.index("console.log(twice(2));")
    assert "import" not in out and "export" not in out


def test_undefined_name_is_refused_with_its_position(tmp_path):
    found = problems(tmp_path, {"main.js": "export function f() {\n  return helper(1);\n}\nf();\n"})
    assert found == ["main.js:2:10: 'helper' is not defined: import it from the module that exports it "
                     "(or, for a browser global, add it to jsglobals.py)"]


def test_scopes_parameters_patterns_and_globals_are_known(tmp_path):
    source = ("const { a, b: [c] } = { a: 1, b: [2] };\n"
              "function f(x, { y }, ...rest) { for (const z of rest) { try { z(); } catch (err) { console.log(err, x, y); } } }\n"
              "const g = (q) => q + a + c;\nlabel: for (;;) { break label; }\nf(g, { y: document.title }, setTimeout);\n")
    assert "function f" in bundle(tree(tmp_path, {"main.js": source}), "main.js")


def test_same_top_level_name_in_two_modules_is_refused(tmp_path):
    found = problems(tmp_path, {
        "main.js": 'import { a } from "./a.js";\nconst shared = 1;\nconsole.log(a, shared);\n',
        "a.js": "const shared = 2;\nexport const a = shared;\n",
    })
    assert found == ["main.js:2:7: top-level name 'shared' is also defined in a.js:1; "
                     "the bundle shares one scope, rename one of them"]


def test_import_of_a_name_not_exported(tmp_path):
    found = problems(tmp_path, {"main.js": 'import { b } from "./a.js";\nb();\n', "a.js": "export const a = 1;\n"})
    assert found == ["main.js:1:10: 'b' is not exported by a.js"]


def test_missing_module_renamed_import_and_cycle(tmp_path):
    assert problems(tmp_path / "1", {"main.js": 'import { a } from "./nope.js";\na();\n'}) == [
        "main.js:1:10: imports 'nope.js', which does not exist"]
    assert problems(tmp_path / "2", {"main.js": 'import { a as b } from "./a.js";\nb();\n', "a.js": "export const a = 1;\n"})[0].startswith(
        "main.js:1:10: renaming imports (`as`) is not supported")
    cycle = problems(tmp_path / "3", {"main.js": 'import { a } from "./a.js";\nexport const m = a;\n',
                                      "a.js": 'import { m } from "./main.js";\nexport const a = 1;\nconsole.log(m);\n'})
    assert cycle[0].startswith("a.js:1:10: import cycle through 'main.js'")


def test_syntax_error(tmp_path):
    assert problems(tmp_path, {"main.js": "function (\n"})[0].startswith("main.js:1:")


def test_the_real_extension_bundles_cleanly():
    extension = Path(__file__).resolve().parents[2] / "extension"
    for entry in ("background/background.js", "popup/popup.js"):
        assert bundle(extension, entry)
    generated = {"content/guide-data.js": "export const GUIDE = {};\nexport const UI = {};\n",
                 "content/guide-rules.js": rules.engine_module()}
    assert "function decide" in bundle(extension, "content/main.js", generated)


def test_engine_rules_come_from_the_schema():
    """Roles, strategy kinds and state keys: the schema is the one source for validator and engine."""
    schema = rules.schema()["$defs"]
    roles = schema["strategy"]["properties"]["role"]
    assert set(rules.role_selectors()) == set(roles["enum"])
    assert set(roles["x-implicit-elements"]) <= set(roles["enum"])
    assert all(f'[role="{r}"]' in css for r, css in rules.role_selectors().items())
    assert rules.strategy_kinds() == ["href", "testid", "role", "label", "text", "css"]
    assert "name_ends" in rules.state_keys() and "url" not in rules.state_keys()
    assert "export const ROLE_SELECTORS" in rules.engine_module()
