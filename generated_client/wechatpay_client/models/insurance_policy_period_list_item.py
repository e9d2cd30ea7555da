# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insurance_response_amount import InsuranceResponseAmount


T = TypeVar("T", bound="InsurancePolicyPeriodListItem")


@_attrs_define
class InsurancePolicyPeriodListItem:
    """扣费周期 — one policy period with its state."""

    policy_period_id: int
    """ 保险扣费周期编号 — policy period number. """
    estimated_deduct_date: datetime.date
    """ 预计扣费的日期 — estimated deduction date (YYYY-MM-DD). """
    estimated_deduct_amount: InsuranceResponseAmount
    """ 金额信息 (应答) — an amount in fen (分) as WeChat Pay returns it: the response-side twin
    of the request schema `InsuranceAmount`, used by the responses of both insurance tags
    (`insurance_sign` and `insurance_pay`). `currency` stays an open string here.
     """
    policy_period_state: str
    """ 当前扣费周期的状态 — period state. Open set; the only documented values are
    `NO_SCHEDULED` and `SCHEDULED`.
     """
    scheduled_amount: InsuranceResponseAmount | Unset = UNSET
    """ 金额信息 (应答) — an amount in fen (分) as WeChat Pay returns it: the response-side twin
    of the request schema `InsuranceAmount`, used by the responses of both insurance tags
    (`insurance_sign` and `insurance_pay`). `currency` stays an open string here.
     """
    deduct_amount: InsuranceResponseAmount | Unset = UNSET
    """ 金额信息 (应答) — an amount in fen (分) as WeChat Pay returns it: the response-side twin
    of the request schema `InsuranceAmount`, used by the responses of both insurance tags
    (`insurance_sign` and `insurance_pay`). `currency` stays an open string here.
     """
    deduct_date: datetime.date | Unset = UNSET
    """ 实际扣费的日期 — actual deduction date (YYYY-MM-DD). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_period_id = self.policy_period_id

        estimated_deduct_date = self.estimated_deduct_date.isoformat()

        estimated_deduct_amount = self.estimated_deduct_amount.to_dict()

        policy_period_state = self.policy_period_state

        scheduled_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_amount, Unset):
            scheduled_amount = self.scheduled_amount.to_dict()

        deduct_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deduct_amount, Unset):
            deduct_amount = self.deduct_amount.to_dict()

        deduct_date: str | Unset = UNSET
        if not isinstance(self.deduct_date, Unset):
            deduct_date = self.deduct_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy_period_id": policy_period_id,
                "estimated_deduct_date": estimated_deduct_date,
                "estimated_deduct_amount": estimated_deduct_amount,
                "policy_period_state": policy_period_state,
            }
        )
        if scheduled_amount is not UNSET:
            field_dict["scheduled_amount"] = scheduled_amount
        if deduct_amount is not UNSET:
            field_dict["deduct_amount"] = deduct_amount
        if deduct_date is not UNSET:
            field_dict["deduct_date"] = deduct_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insurance_response_amount import InsuranceResponseAmount

        d = dict(src_dict)
        policy_period_id = d.pop("policy_period_id")

        estimated_deduct_date = datetime.date.fromisoformat(d.pop("estimated_deduct_date"))

        estimated_deduct_amount = InsuranceResponseAmount.from_dict(d.pop("estimated_deduct_amount"))

        policy_period_state = d.pop("policy_period_state")

        _scheduled_amount = d.pop("scheduled_amount", UNSET)
        scheduled_amount: InsuranceResponseAmount | Unset
        if isinstance(_scheduled_amount, Unset):
            scheduled_amount = UNSET
        else:
            scheduled_amount = InsuranceResponseAmount.from_dict(_scheduled_amount)

        _deduct_amount = d.pop("deduct_amount", UNSET)
        deduct_amount: InsuranceResponseAmount | Unset
        if isinstance(_deduct_amount, Unset):
            deduct_amount = UNSET
        else:
            deduct_amount = InsuranceResponseAmount.from_dict(_deduct_amount)

        _deduct_date = d.pop("deduct_date", UNSET)
        deduct_date: datetime.date | Unset
        if isinstance(_deduct_date, Unset):
            deduct_date = UNSET
        else:
            deduct_date = datetime.date.fromisoformat(_deduct_date)

        insurance_policy_period_list_item = cls(
            policy_period_id=policy_period_id,
            estimated_deduct_date=estimated_deduct_date,
            estimated_deduct_amount=estimated_deduct_amount,
            policy_period_state=policy_period_state,
            scheduled_amount=scheduled_amount,
            deduct_amount=deduct_amount,
            deduct_date=deduct_date,
        )

        insurance_policy_period_list_item.additional_properties = d
        return insurance_policy_period_list_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
