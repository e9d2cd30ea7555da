# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListMembercardActivitiesActivityStatus = Literal["CREATED", "ONGOING", "OVER_TIME", "TERMINATED"]

LIST_MEMBERCARD_ACTIVITIES_ACTIVITY_STATUS_VALUES: set[ListMembercardActivitiesActivityStatus] = {
    "CREATED",
    "ONGOING",
    "OVER_TIME",
    "TERMINATED",
}


def check_list_membercard_activities_activity_status(value: str) -> ListMembercardActivitiesActivityStatus:
    if value in LIST_MEMBERCARD_ACTIVITIES_ACTIVITY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEMBERCARD_ACTIVITIES_ACTIVITY_STATUS_VALUES!r}"
    )
