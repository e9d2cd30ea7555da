# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.payscore_plan_user_sign_plan import PayscorePlanUserSignPlan


T = TypeVar("T", bound="PayscorePlanUserSignPlanCreateResponse")


@_attrs_define
class PayscorePlanUserSignPlanCreateResponse:
    """创建用户的签约计划应答 — the sign plan and the data for the mini program."""

    sign_plan: PayscorePlanUserSignPlan
    """ 用户的签约计划 — a user's sign plan (answer of create, query and stop). Times are plain
    strings (RFC 3339 when set; the samples send `""` for unset times). Amounts in fen.
     """
    package: str
    """ 跳转微信侧确认签约小程序的数据 — data the front end passes to the Pay Score mini program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_plan = self.sign_plan.to_dict()

        package = self.package

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sign_plan": sign_plan,
                "package": package,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_plan_user_sign_plan import PayscorePlanUserSignPlan

        d = dict(src_dict)
        sign_plan = PayscorePlanUserSignPlan.from_dict(d.pop("sign_plan"))

        package = d.pop("package")

        payscore_plan_user_sign_plan_create_response = cls(
            sign_plan=sign_plan,
            package=package,
        )

        payscore_plan_user_sign_plan_create_response.additional_properties = d
        return payscore_plan_user_sign_plan_create_response

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
