# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskLivingExpensesFields")


@_attrs_define
class RiskLivingExpensesFields:
    """生活缴费场景独有字段 — living-expenses-scene fields."""

    acc_no: str | Unset = UNSET
    """ 户号 — account (household) number. """
    type_: int | Unset = UNSET
    """ 费种 — fee type (code). """
    city: str | Unset = UNSET
    """ 缴费城市 — city. """
    address: str | Unset = UNSET
    """ 户号对应的地址信息 — address of the account. """
    acc_name: str | Unset = UNSET
    """ 缴费户名 — account holder name. """
    company_name: str | Unset = UNSET
    """ 机构名称 — utility company name. """
    amount: int | Unset = UNSET
    """ 缴费金额 — amount paid, in fen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acc_no = self.acc_no

        type_ = self.type_

        city = self.city

        address = self.address

        acc_name = self.acc_name

        company_name = self.company_name

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acc_no is not UNSET:
            field_dict["acc_no"] = acc_no
        if type_ is not UNSET:
            field_dict["type"] = type_
        if city is not UNSET:
            field_dict["city"] = city
        if address is not UNSET:
            field_dict["address"] = address
        if acc_name is not UNSET:
            field_dict["acc_name"] = acc_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        acc_no = d.pop("acc_no", UNSET)

        type_ = d.pop("type", UNSET)

        city = d.pop("city", UNSET)

        address = d.pop("address", UNSET)

        acc_name = d.pop("acc_name", UNSET)

        company_name = d.pop("company_name", UNSET)

        amount = d.pop("amount", UNSET)

        risk_living_expenses_fields = cls(
            acc_no=acc_no,
            type_=type_,
            city=city,
            address=address,
            acc_name=acc_name,
            company_name=company_name,
            amount=amount,
        )

        risk_living_expenses_fields.additional_properties = d
        return risk_living_expenses_fields

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
