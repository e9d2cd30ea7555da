# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListPaygiftActivitiesAwardType = Literal["BUSIFAVOR"]

LIST_PAYGIFT_ACTIVITIES_AWARD_TYPE_VALUES: set[ListPaygiftActivitiesAwardType] = {
    "BUSIFAVOR",
}


def check_list_paygift_activities_award_type(value: str) -> ListPaygiftActivitiesAwardType:
    if value in LIST_PAYGIFT_ACTIVITIES_AWARD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PAYGIFT_ACTIVITIES_AWARD_TYPE_VALUES!r}")
