# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ListEduPapayUserContractsContractStatus = Literal["ADD", "DELETE"]

LIST_EDU_PAPAY_USER_CONTRACTS_CONTRACT_STATUS_VALUES: set[ListEduPapayUserContractsContractStatus] = {
    "ADD",
    "DELETE",
}


def check_list_edu_papay_user_contracts_contract_status(value: str) -> ListEduPapayUserContractsContractStatus:
    if value in LIST_EDU_PAPAY_USER_CONTRACTS_CONTRACT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_EDU_PAPAY_USER_CONTRACTS_CONTRACT_STATUS_VALUES!r}"
    )
