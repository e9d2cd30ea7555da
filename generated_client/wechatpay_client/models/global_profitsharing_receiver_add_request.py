# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.global_profitsharing_receiver_add_request_relation_type import (
    GlobalProfitsharingReceiverAddRequestRelationType,
    check_global_profitsharing_receiver_add_request_relation_type,
)
from ..models.global_profitsharing_receiver_add_request_type import (
    GlobalProfitsharingReceiverAddRequestType,
    check_global_profitsharing_receiver_add_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalProfitsharingReceiverAddRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class GlobalProfitsharingReceiverAddRequest:
    """添加分账接收方请求 — add-receiver request. `name` is encrypted by the SDK."""

    type_: GlobalProfitsharingReceiverAddRequestType
    """ 分账接收方类型 — `MERCHANT_ID`, `PERSONAL_OPENID` or `PERSONAL_SUB_OPENID`. """
    account: str
    """ 分账接收方帐号 — merchant ID or OpenID, according to `type`. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID; institution mode only, direct merchants omit it. """
    appid: str | Unset = UNSET
    """ 应用ID — AppID bound to the merchant; required for a `PERSONAL_OPENID` receiver. """
    sub_appid: str | Unset = UNSET
    """ 子商户应用ID — sub-merchant AppID; for `PERSONAL_SUB_OPENID`, institution mode. """
    name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 分账接收方全称/姓名 — the merchant's full name (required for `MERCHANT_ID`) or the
    person's name. Pass plaintext; the SDK encrypts it (the documented length, at most
    1024, is the ciphertext's).
     """
    authorized: bool | Unset = UNSET
    """ 是否已经获取用户实名信息授权 — whether the user agreed to the real-name check. """
    relation_type: GlobalProfitsharingReceiverAddRequestRelationType | Unset = UNSET
    """ 与分账方的关系类型 — supplier, distributor, tax service provider, IT service provider,
    or `CUSTOM` (then give `custom_relation`).
     """
    custom_relation: str | Unset = UNSET
    """ 自定义的分账关系 — custom relation text, with `relation_type: CUSTOM`. """
    scene: str | Unset = UNSET
    """ 分账场景详细描述 — what the receiver does for the merchant. """
    major_service: str | Unset = UNSET
    """ 接收方商户的主营业务范围 — the receiver's main business. """
    expected_ratio: int | Unset = UNSET
    """ 分账接收方预计分账比例 — expected share, an integer (example `2000`; the unit is not
    stated, presumably per ten thousand).
     """
    application_file_id: str | Unset = UNSET
    """ 增加分账接收方申请函文件ID — `file_id` of the uploaded application letter. """
    partnership_file_id: str | Unset = UNSET
    """ 分账方与接收方合作关系证明文件ID — `file_id` of the uploaded partnership proof. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        account = self.account

        sub_mchid = self.sub_mchid

        appid = self.appid

        sub_appid = self.sub_appid

        name = self.name

        authorized = self.authorized

        relation_type: str | Unset = UNSET
        if not isinstance(self.relation_type, Unset):
            relation_type = self.relation_type

        custom_relation = self.custom_relation

        scene = self.scene

        major_service = self.major_service

        expected_ratio = self.expected_ratio

        application_file_id = self.application_file_id

        partnership_file_id = self.partnership_file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "account": account,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if appid is not UNSET:
            field_dict["appid"] = appid
        if sub_appid is not UNSET:
            field_dict["sub_appid"] = sub_appid
        if name is not UNSET:
            field_dict["name"] = name
        if authorized is not UNSET:
            field_dict["authorized"] = authorized
        if relation_type is not UNSET:
            field_dict["relation_type"] = relation_type
        if custom_relation is not UNSET:
            field_dict["custom_relation"] = custom_relation
        if scene is not UNSET:
            field_dict["scene"] = scene
        if major_service is not UNSET:
            field_dict["major_service"] = major_service
        if expected_ratio is not UNSET:
            field_dict["expected_ratio"] = expected_ratio
        if application_file_id is not UNSET:
            field_dict["application_file_id"] = application_file_id
        if partnership_file_id is not UNSET:
            field_dict["partnership_file_id"] = partnership_file_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_global_profitsharing_receiver_add_request_type(d.pop("type"))

        account = d.pop("account")

        sub_mchid = d.pop("sub_mchid", UNSET)

        appid = d.pop("appid", UNSET)

        sub_appid = d.pop("sub_appid", UNSET)

        name = d.pop("name", UNSET)

        authorized = d.pop("authorized", UNSET)

        _relation_type = d.pop("relation_type", UNSET)
        relation_type: GlobalProfitsharingReceiverAddRequestRelationType | Unset
        if isinstance(_relation_type, Unset):
            relation_type = UNSET
        else:
            relation_type = check_global_profitsharing_receiver_add_request_relation_type(_relation_type)

        custom_relation = d.pop("custom_relation", UNSET)

        scene = d.pop("scene", UNSET)

        major_service = d.pop("major_service", UNSET)

        expected_ratio = d.pop("expected_ratio", UNSET)

        application_file_id = d.pop("application_file_id", UNSET)

        partnership_file_id = d.pop("partnership_file_id", UNSET)

        global_profitsharing_receiver_add_request = cls(
            type_=type_,
            account=account,
            sub_mchid=sub_mchid,
            appid=appid,
            sub_appid=sub_appid,
            name=name,
            authorized=authorized,
            relation_type=relation_type,
            custom_relation=custom_relation,
            scene=scene,
            major_service=major_service,
            expected_ratio=expected_ratio,
            application_file_id=application_file_id,
            partnership_file_id=partnership_file_id,
        )

        global_profitsharing_receiver_add_request.additional_properties = d
        return global_profitsharing_receiver_add_request

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
