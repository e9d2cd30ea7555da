# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListGlobalComplaintsMchLanguage = Literal[
    "AR", "DE", "EN", "ES", "FR", "JA", "KO", "RU", "TH", "VI", "ZH_CN", "ZH_HK", "ZH_TW"
]

LIST_GLOBAL_COMPLAINTS_MCH_LANGUAGE_VALUES: set[ListGlobalComplaintsMchLanguage] = {
    "AR",
    "DE",
    "EN",
    "ES",
    "FR",
    "JA",
    "KO",
    "RU",
    "TH",
    "VI",
    "ZH_CN",
    "ZH_HK",
    "ZH_TW",
}


def check_list_global_complaints_mch_language(value: str) -> ListGlobalComplaintsMchLanguage:
    if value in LIST_GLOBAL_COMPLAINTS_MCH_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_GLOBAL_COMPLAINTS_MCH_LANGUAGE_VALUES!r}")
