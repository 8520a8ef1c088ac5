"""`benchmarks/specific_carry.py`: the recipes for the learned reading of Specific it compares.

The comparison itself (minutes of nested leave-one-round-out) is not run here; these
check what each recipe reads from the rules, and that a gate shares the shipped fits.
"""

from __future__ import annotations

import pathlib
import sys
from types import ModuleType

from goalkit import analyze_text
from script_modules import load_script

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _carry() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return load_script(ROOT / "benchmarks" / "specific_carry.py", "goalkit_specific_carry")


def test_what_the_rules_found_names_a_count_and_a_deadline() -> None:
    found = _carry().found_by_rules(analyze_text("Give three workshops on budgeting by June 2027"))
    assert {"a:actions=1", "a:object", "a:concrete", "a:counted", "a:time"} <= set(found)
    assert "a:verb=give" in found
    assert "a:vague" not in found


def test_what_the_rules_found_names_vague_wording() -> None:
    found = _carry().found_by_rules(analyze_text("Get better at my job"))
    assert "a:vague" in found or "a:broad" in found
    assert "a:counted" not in found
    assert "a:time" not in found


def test_the_shipped_recipe_comes_first_and_the_gates_share_its_fits() -> None:
    carry = _carry()
    found = carry.recipes([])
    assert found[0].name == "shipped"
    gates = [recipe for recipe in found if recipe.name.startswith("3")]
    assert gates
    assert all(recipe.cache is found[0].cache for recipe in gates)
    assert all(recipe.cache is not found[0].cache for recipe in found if recipe.name[:2] == "1a")
