# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

MembercardUserInformationFormUpdateCommonFieldListItem = Literal[
    "USER_FORM_FLAG_ADDRESS",
    "USER_FORM_FLAG_BIRTHDAY",
    "USER_FORM_FLAG_CITY",
    "USER_FORM_FLAG_EMAIL",
    "USER_FORM_FLAG_MOBILE",
    "USER_FORM_FLAG_NAME",
    "USER_FORM_FLAG_SEX",
]

MEMBERCARD_USER_INFORMATION_FORM_UPDATE_COMMON_FIELD_LIST_ITEM_VALUES: set[
    MembercardUserInformationFormUpdateCommonFieldListItem
] = {
    "USER_FORM_FLAG_ADDRESS",
    "USER_FORM_FLAG_BIRTHDAY",
    "USER_FORM_FLAG_CITY",
    "USER_FORM_FLAG_EMAIL",
    "USER_FORM_FLAG_MOBILE",
    "USER_FORM_FLAG_NAME",
    "USER_FORM_FLAG_SEX",
}


def check_membercard_user_information_form_update_common_field_list_item(
    value: str,
) -> MembercardUserInformationFormUpdateCommonFieldListItem:
    if value in MEMBERCARD_USER_INFORMATION_FORM_UPDATE_COMMON_FIELD_LIST_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBERCARD_USER_INFORMATION_FORM_UPDATE_COMMON_FIELD_LIST_ITEM_VALUES!r}"
    )
