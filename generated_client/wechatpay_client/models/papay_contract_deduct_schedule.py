# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.papay_response_amount import PapayResponseAmount


T = TypeVar("T", bound="PapayContractDeductSchedule")


@_attrs_define
class PapayContractDeductSchedule:
    """预约扣费信息 — the schedule of a scheduled-deduction (预约扣费) contract."""

    estimated_deduct_date: datetime.date
    """ 预计扣费的日期 — estimated deduction date (YYYY-MM-DD). """
    estimated_deduct_amount: PapayResponseAmount
    """ 金额信息 (应答) — an entrusted-deduction amount in an answer, in fen (分). Response side
    of `PapayAmount`, without request limits.
     """
    schedule_state: str
    """ 扣费预约状态 — schedule state. Open set; known values: `NO_SCHEDULED`, `SCHEDULED`,
    `PAID`, `EXPIRED`.
     """
    scheduled_amount: PapayResponseAmount | Unset = UNSET
    """ 金额信息 (应答) — an entrusted-deduction amount in an answer, in fen (分). Response side
    of `PapayAmount`, without request limits.
     """
    deduct_amount: PapayResponseAmount | Unset = UNSET
    """ 金额信息 (应答) — an entrusted-deduction amount in an answer, in fen (分). Response side
    of `PapayAmount`, without request limits.
     """
    deduct_date: datetime.date | Unset = UNSET
    """ 实际扣费的日期 — actual deduction date (YYYY-MM-DD). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimated_deduct_date = self.estimated_deduct_date.isoformat()

        estimated_deduct_amount = self.estimated_deduct_amount.to_dict()

        schedule_state = self.schedule_state

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
                "estimated_deduct_date": estimated_deduct_date,
                "estimated_deduct_amount": estimated_deduct_amount,
                "schedule_state": schedule_state,
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
        from ..models.papay_response_amount import PapayResponseAmount

        d = dict(src_dict)
        estimated_deduct_date = datetime.date.fromisoformat(d.pop("estimated_deduct_date"))

        estimated_deduct_amount = PapayResponseAmount.from_dict(d.pop("estimated_deduct_amount"))

        schedule_state = d.pop("schedule_state")

        _scheduled_amount = d.pop("scheduled_amount", UNSET)
        scheduled_amount: PapayResponseAmount | Unset
        if isinstance(_scheduled_amount, Unset):
            scheduled_amount = UNSET
        else:
            scheduled_amount = PapayResponseAmount.from_dict(_scheduled_amount)

        _deduct_amount = d.pop("deduct_amount", UNSET)
        deduct_amount: PapayResponseAmount | Unset
        if isinstance(_deduct_amount, Unset):
            deduct_amount = UNSET
        else:
            deduct_amount = PapayResponseAmount.from_dict(_deduct_amount)

        _deduct_date = d.pop("deduct_date", UNSET)
        deduct_date: datetime.date | Unset
        if isinstance(_deduct_date, Unset):
            deduct_date = UNSET
        else:
            deduct_date = datetime.date.fromisoformat(_deduct_date)

        papay_contract_deduct_schedule = cls(
            estimated_deduct_date=estimated_deduct_date,
            estimated_deduct_amount=estimated_deduct_amount,
            schedule_state=schedule_state,
            scheduled_amount=scheduled_amount,
            deduct_amount=deduct_amount,
            deduct_date=deduct_date,
        )

        papay_contract_deduct_schedule.additional_properties = d
        return papay_contract_deduct_schedule

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
