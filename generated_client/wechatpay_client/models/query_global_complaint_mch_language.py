# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

QueryGlobalComplaintMchLanguage = Literal[
    "AR", "DE", "EN", "ES", "FR", "JA", "KO", "RU", "TH", "VI", "ZH_CN", "ZH_HK", "ZH_TW"
]

QUERY_GLOBAL_COMPLAINT_MCH_LANGUAGE_VALUES: set[QueryGlobalComplaintMchLanguage] = {
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


def check_query_global_complaint_mch_language(value: str) -> QueryGlobalComplaintMchLanguage:
    if value in QUERY_GLOBAL_COMPLAINT_MCH_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUERY_GLOBAL_COMPLAINT_MCH_LANGUAGE_VALUES!r}")
