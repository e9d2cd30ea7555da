# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InsurancePolicyAuthorizationRequest")


@_attrs_define
class InsurancePolicyAuthorizationRequest:
    """提交保单授权信息请求 — policy authorisation request."""

    out_insurance_no: str
    """ 商户保险编号 — the merchant's insurance number (unique on the merchant side). """
    appid: str
    """ 商户AppID — AppID bound to the merchant. """
    plan_id: str
    """ 保险代扣模板ID — insurance-deduction plan (template) ID, as a string (documented so for this family). """
    out_contract_code: str
    """ 商户签约协议号 — merchant contract code of the deduction contract being pre-signed. """
    insurance_name: str
    """ 保险名称 — insurance product name. """
    payee_mchid: str | Unset = UNSET
    """ 收款方商户号 — payee merchant ID, when another merchant collects the premium. """
    payee_appid: str | Unset = UNSET
    """ 收款方公众账号ID — payee AppID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_insurance_no = self.out_insurance_no

        appid = self.appid

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        insurance_name = self.insurance_name

        payee_mchid = self.payee_mchid

        payee_appid = self.payee_appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_insurance_no": out_insurance_no,
                "appid": appid,
                "plan_id": plan_id,
                "out_contract_code": out_contract_code,
                "insurance_name": insurance_name,
            }
        )
        if payee_mchid is not UNSET:
            field_dict["payee_mchid"] = payee_mchid
        if payee_appid is not UNSET:
            field_dict["payee_appid"] = payee_appid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_insurance_no = d.pop("out_insurance_no")

        appid = d.pop("appid")

        plan_id = d.pop("plan_id")

        out_contract_code = d.pop("out_contract_code")

        insurance_name = d.pop("insurance_name")

        payee_mchid = d.pop("payee_mchid", UNSET)

        payee_appid = d.pop("payee_appid", UNSET)

        insurance_policy_authorization_request = cls(
            out_insurance_no=out_insurance_no,
            appid=appid,
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            insurance_name=insurance_name,
            payee_mchid=payee_mchid,
            payee_appid=payee_appid,
        )

        insurance_policy_authorization_request.additional_properties = d
        return insurance_policy_authorization_request

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
