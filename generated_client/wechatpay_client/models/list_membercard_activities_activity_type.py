# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListMembercardActivitiesActivityType = Literal[
    "MEMBER_AFTERPAY", "MEMBER_MINIPROGRAM", "NON_MEMBER_AFTERPAY", "NON_MEMBER_MINIPROGRAM"
]

LIST_MEMBERCARD_ACTIVITIES_ACTIVITY_TYPE_VALUES: set[ListMembercardActivitiesActivityType] = {
    "MEMBER_AFTERPAY",
    "MEMBER_MINIPROGRAM",
    "NON_MEMBER_AFTERPAY",
    "NON_MEMBER_MINIPROGRAM",
}


def check_list_membercard_activities_activity_type(value: str) -> ListMembercardActivitiesActivityType:
    if value in LIST_MEMBERCARD_ACTIVITIES_ACTIVITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_MEMBERCARD_ACTIVITIES_ACTIVITY_TYPE_VALUES!r}")
