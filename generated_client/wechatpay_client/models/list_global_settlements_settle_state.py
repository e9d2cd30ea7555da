# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListGlobalSettlementsSettleState = Literal["SETTLED", "UNSETTLE"]

LIST_GLOBAL_SETTLEMENTS_SETTLE_STATE_VALUES: set[ListGlobalSettlementsSettleState] = {
    "SETTLED",
    "UNSETTLE",
}


def check_list_global_settlements_settle_state(value: str) -> ListGlobalSettlementsSettleState:
    if value in LIST_GLOBAL_SETTLEMENTS_SETTLE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_GLOBAL_SETTLEMENTS_SETTLE_STATE_VALUES!r}")
