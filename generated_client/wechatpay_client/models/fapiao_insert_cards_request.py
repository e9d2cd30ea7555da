# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fapiao_insert_cards_request_scene import (
    FapiaoInsertCardsRequestScene,
    check_fapiao_insert_cards_request_scene,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fapiao_card_buyer_information import FapiaoCardBuyerInformation
    from ..models.fapiao_card_information import FapiaoCardInformation


T = TypeVar("T", bound="FapiaoInsertCardsRequest")


@_attrs_define
class FapiaoInsertCardsRequest:
    """将电子发票插入微信用户卡包请求 — the buyer and up to five self-issued fapiao."""

    scene: FapiaoInsertCardsRequestScene
    """ 插卡场景 — paid with WeChat Pay, or not. """
    buyer_information: FapiaoCardBuyerInformation
    """ 购买方信息 — the invoice title of an insert-cards request: the fields of
    `FapiaoBuyerInformation` plus the order details that the title page may have collected.
    `phone` and `email` are sensitive.
     """
    fapiao_card_information: list[FapiaoCardInformation]
    """ 电子发票卡券信息列表 — the fapiao to insert (at most five). """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; service-provider mode only, direct merchants omit it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene: str = self.scene

        buyer_information = self.buyer_information.to_dict()

        fapiao_card_information = []
        for fapiao_card_information_item_data in self.fapiao_card_information:
            fapiao_card_information_item = fapiao_card_information_item_data.to_dict()
            fapiao_card_information.append(fapiao_card_information_item)

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scene": scene,
                "buyer_information": buyer_information,
                "fapiao_card_information": fapiao_card_information,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fapiao_card_buyer_information import FapiaoCardBuyerInformation
        from ..models.fapiao_card_information import FapiaoCardInformation

        d = dict(src_dict)
        scene = check_fapiao_insert_cards_request_scene(d.pop("scene"))

        buyer_information = FapiaoCardBuyerInformation.from_dict(d.pop("buyer_information"))

        fapiao_card_information = []
        _fapiao_card_information = d.pop("fapiao_card_information")
        for fapiao_card_information_item_data in _fapiao_card_information:
            fapiao_card_information_item = FapiaoCardInformation.from_dict(fapiao_card_information_item_data)

            fapiao_card_information.append(fapiao_card_information_item)

        sub_mchid = d.pop("sub_mchid", UNSET)

        fapiao_insert_cards_request = cls(
            scene=scene,
            buyer_information=buyer_information,
            fapiao_card_information=fapiao_card_information,
            sub_mchid=sub_mchid,
        )

        fapiao_insert_cards_request.additional_properties = d
        return fapiao_insert_cards_request

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
