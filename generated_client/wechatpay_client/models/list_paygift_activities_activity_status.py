# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListPaygiftActivitiesActivityStatus = Literal[
    "CREATE_ACT_FAILED",
    "CREATE_ACT_STATUS",
    "ONGOING_ACT_STATUS",
    "OVER_TIME_ACT_STATUS",
    "STOP_ACT_STATUS",
    "TERMINATE_ACT_STATUS",
]

LIST_PAYGIFT_ACTIVITIES_ACTIVITY_STATUS_VALUES: set[ListPaygiftActivitiesActivityStatus] = {
    "CREATE_ACT_FAILED",
    "CREATE_ACT_STATUS",
    "ONGOING_ACT_STATUS",
    "OVER_TIME_ACT_STATUS",
    "STOP_ACT_STATUS",
    "TERMINATE_ACT_STATUS",
}


def check_list_paygift_activities_activity_status(value: str) -> ListPaygiftActivitiesActivityStatus:
    if value in LIST_PAYGIFT_ACTIVITIES_ACTIVITY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PAYGIFT_ACTIVITIES_ACTIVITY_STATUS_VALUES!r}")
