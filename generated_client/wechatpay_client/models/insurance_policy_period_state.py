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


T = TypeVar("T", bound="InsurancePolicyPeriodState")


@_attrs_define
class InsurancePolicyPeriodState:
    """扣费周期预约状态 — a period's schedule state (schedule and query responses)."""

    policy_period_id: int
    """ 保险扣费周期编号 — policy period number. """
    policy_period_state: str
    """ 当前扣费周期的状态 — period state. Open set; the only documented values are
    `NO_SCHEDULED` and `SCHEDULED`.
     """
    deduct_start_date: datetime.date | Unset = UNSET
    """ 可扣费开始日期 — first day of the deduction window (YYYY-MM-DD). """
    deduct_end_date: datetime.date | Unset = UNSET
    """ 可扣费结束日期 — last day of the deduction window (YYYY-MM-DD). """
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

        policy_period_state = self.policy_period_state

        deduct_start_date: str | Unset = UNSET
        if not isinstance(self.deduct_start_date, Unset):
            deduct_start_date = self.deduct_start_date.isoformat()

        deduct_end_date: str | Unset = UNSET
        if not isinstance(self.deduct_end_date, Unset):
            deduct_end_date = self.deduct_end_date.isoformat()

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
                "policy_period_state": policy_period_state,
            }
        )
        if deduct_start_date is not UNSET:
            field_dict["deduct_start_date"] = deduct_start_date
        if deduct_end_date is not UNSET:
            field_dict["deduct_end_date"] = deduct_end_date
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

        policy_period_state = d.pop("policy_period_state")

        _deduct_start_date = d.pop("deduct_start_date", UNSET)
        deduct_start_date: datetime.date | Unset
        if isinstance(_deduct_start_date, Unset):
            deduct_start_date = UNSET
        else:
            deduct_start_date = datetime.date.fromisoformat(_deduct_start_date)

        _deduct_end_date = d.pop("deduct_end_date", UNSET)
        deduct_end_date: datetime.date | Unset
        if isinstance(_deduct_end_date, Unset):
            deduct_end_date = UNSET
        else:
            deduct_end_date = datetime.date.fromisoformat(_deduct_end_date)

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

        insurance_policy_period_state = cls(
            policy_period_id=policy_period_id,
            policy_period_state=policy_period_state,
            deduct_start_date=deduct_start_date,
            deduct_end_date=deduct_end_date,
            scheduled_amount=scheduled_amount,
            deduct_amount=deduct_amount,
            deduct_date=deduct_date,
        )

        insurance_policy_period_state.additional_properties = d
        return insurance_policy_period_state

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
