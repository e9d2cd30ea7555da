# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListFavorStocksStatus = Literal["audit", "paused", "running", "stoped", "unactivated"]

LIST_FAVOR_STOCKS_STATUS_VALUES: set[ListFavorStocksStatus] = {
    "audit",
    "paused",
    "running",
    "stoped",
    "unactivated",
}


def check_list_favor_stocks_status(value: str) -> ListFavorStocksStatus:
    if value in LIST_FAVOR_STOCKS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FAVOR_STOCKS_STATUS_VALUES!r}")
