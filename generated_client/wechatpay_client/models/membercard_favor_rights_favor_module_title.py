# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MembercardFavorRightsFavorModuleTitle = Literal["FAVOR", "VIP"]

MEMBERCARD_FAVOR_RIGHTS_FAVOR_MODULE_TITLE_VALUES: set[MembercardFavorRightsFavorModuleTitle] = {
    "FAVOR",
    "VIP",
}


def check_membercard_favor_rights_favor_module_title(value: str) -> MembercardFavorRightsFavorModuleTitle:
    if value in MEMBERCARD_FAVOR_RIGHTS_FAVOR_MODULE_TITLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBERCARD_FAVOR_RIGHTS_FAVOR_MODULE_TITLE_VALUES!r}"
    )
