# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalProfitsharingReceiver")


@_attrs_define
class GlobalProfitsharingReceiver:
    """分账接收方 — a receiver and its review state (receiver query answer)."""

    type_: str
    """ 分账接收方类型 — `MERCHANT_ID`, `PERSONAL_OPENID` or `PERSONAL_SUB_OPENID`. Open set. """
    account: str
    """ 分账接收方账号 — merchant ID or OpenID. """
    relation_type: str
    """ 与分账方的关系类型 — relation type (see the add request). Open set. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — sub-merchant ID (institution mode). """
    name: str | Unset = UNSET
    """ 分账接收方全称 — the name, as returned (not marked encrypted in this answer). """
    custom_relation: str | Unset = UNSET
    """ 自定义的分账关系 — custom relation text. """
    scene: str | Unset = UNSET
    """ 分账场景详细描述 — scene description. """
    major_service: str | Unset = UNSET
    """ 接收方商户的主营业务范围 — main business. """
    expected_ratio: int | Unset = UNSET
    """ 分账接收方预计分账比例 — expected share. """
    file_id: str | Unset = UNSET
    """ 微信文件标识ID — file ID. """
    state: str | Unset = UNSET
    """ 接收方关系状态 — review state of the relation; splits need `EFFECTIVE`. Open set (no
    full list is published).
     """
    fail_reason: str | Unset = UNSET
    """ 接收关系添加失败原因 — why the relation was refused. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        account = self.account

        relation_type = self.relation_type

        sub_mchid = self.sub_mchid

        name = self.name

        custom_relation = self.custom_relation

        scene = self.scene

        major_service = self.major_service

        expected_ratio = self.expected_ratio

        file_id = self.file_id

        state = self.state

        fail_reason = self.fail_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "account": account,
                "relation_type": relation_type,
            }
        )
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if name is not UNSET:
            field_dict["name"] = name
        if custom_relation is not UNSET:
            field_dict["custom_relation"] = custom_relation
        if scene is not UNSET:
            field_dict["scene"] = scene
        if major_service is not UNSET:
            field_dict["major_service"] = major_service
        if expected_ratio is not UNSET:
            field_dict["expected_ratio"] = expected_ratio
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if state is not UNSET:
            field_dict["state"] = state
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        account = d.pop("account")

        relation_type = d.pop("relation_type")

        sub_mchid = d.pop("sub_mchid", UNSET)

        name = d.pop("name", UNSET)

        custom_relation = d.pop("custom_relation", UNSET)

        scene = d.pop("scene", UNSET)

        major_service = d.pop("major_service", UNSET)

        expected_ratio = d.pop("expected_ratio", UNSET)

        file_id = d.pop("file_id", UNSET)

        state = d.pop("state", UNSET)

        fail_reason = d.pop("fail_reason", UNSET)

        global_profitsharing_receiver = cls(
            type_=type_,
            account=account,
            relation_type=relation_type,
            sub_mchid=sub_mchid,
            name=name,
            custom_relation=custom_relation,
            scene=scene,
            major_service=major_service,
            expected_ratio=expected_ratio,
            file_id=file_id,
            state=state,
            fail_reason=fail_reason,
        )

        global_profitsharing_receiver.additional_properties = d
        return global_profitsharing_receiver

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
