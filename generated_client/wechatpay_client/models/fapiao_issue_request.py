# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fapiao_issue_request_scene import FapiaoIssueRequestScene, check_fapiao_issue_request_scene
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_buyer_information import FapiaoBuyerInformation
    from ..models.fapiao_issue_information import FapiaoIssueInformation


T = TypeVar("T", bound="FapiaoIssueRequest")


@_attrs_define
class FapiaoIssueRequest:
    """开具电子发票请求 — one fapiao application with up to five fapiao."""

    scene: FapiaoIssueRequestScene
    """ 开票场景 — paid with WeChat Pay, or not. """
    fapiao_apply_id: str
    """ 发票申请单号 — the `transaction_id` of the paid order (`WITH_WECHATPAY`) or the number
    given to `query_fapiao_user_title_url` (`WITHOUT_WECHATPAY`).
     """
    buyer_information: FapiaoBuyerInformation
    """ 购买方信息 — the invoice title (request side; see `FapiaoResponseBuyerInformation`).
    `phone` and `email` are sensitive.
     """
    fapiao_information: list[FapiaoIssueInformation]
    """ 需要开具的发票信息 — the fapiao to issue (at most 5 per application). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene: str = self.scene

        fapiao_apply_id = self.fapiao_apply_id

        buyer_information = self.buyer_information.to_dict()

        fapiao_information = []
        for fapiao_information_item_data in self.fapiao_information:
            fapiao_information_item = fapiao_information_item_data.to_dict()
            fapiao_information.append(fapiao_information_item)

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scene": scene,
                "fapiao_apply_id": fapiao_apply_id,
                "buyer_information": buyer_information,
                "fapiao_information": fapiao_information,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_buyer_information import FapiaoBuyerInformation
        from ..models.fapiao_issue_information import FapiaoIssueInformation

        d = dict(src_dict)
        scene = check_fapiao_issue_request_scene(d.pop("scene"))

        fapiao_apply_id = d.pop("fapiao_apply_id")

        buyer_information = FapiaoBuyerInformation.from_dict(d.pop("buyer_information"))

        fapiao_information = []
        _fapiao_information = d.pop("fapiao_information")
        for fapiao_information_item_data in _fapiao_information:
            fapiao_information_item = FapiaoIssueInformation.from_dict(fapiao_information_item_data)

            fapiao_information.append(fapiao_information_item)

        sub_mchid = d.pop("sub_mchid", UNSET)

        fapiao_issue_request = cls(
            scene=scene,
            fapiao_apply_id=fapiao_apply_id,
            buyer_information=buyer_information,
            fapiao_information=fapiao_information,
            sub_mchid=sub_mchid,
        )

        fapiao_issue_request.additional_properties = d
        return fapiao_issue_request

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
