# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multiuse_notification_consume_information import MultiuseNotificationConsumeInformation
    from ..models.multiuse_notification_discount_to import MultiuseNotificationDiscountTo
    from ..models.multiuse_notification_normal_coupon_information import MultiuseNotificationNormalCouponInformation
    from ..models.multiuse_notification_singleitem_discount_off import MultiuseNotificationSingleitemDiscountOff


T = TypeVar("T", bound="MultiuseNotificationResource")


@_attrs_define
class MultiuseNotificationResource:
    """消费金核销通知 — the decrypted resource of `COUPON.USE` (original_type `coupon`) when the
    spent item is a 消费金: only then is `business_type` (`MULTIUSE`) present, together with
    `consume_information.consume_amount`. The coupon families' own `COUPON.USE` resource
    (without `business_type`) is the default model of that event type; this one is chosen
    by the presence of `business_type`. Unknown keys are kept.

    """

    stock_creator_mchid: str
    """ 批次创建方商户号 — merchant that created the batch. """
    stock_id: str
    """ 批次号 — batch ID. """
    coupon_id: str
    """ 消费金ID — the credit's ID. """
    status: str
    """ 状态 — `SENDED` (可用), `USED` (已实扣), `EXPIRED` (已过期). Open set. """
    singleitem_discount_off: MultiuseNotificationSingleitemDiscountOff | Unset = UNSET
    """ 单品优惠特定信息 — single-item discount details. """
    discount_to: MultiuseNotificationDiscountTo | Unset = UNSET
    """ 减至优惠限定字段 — "reduce-to" details. """
    coupon_name: str | Unset = UNSET
    """ 消费金名称 — name. """
    description: str | Unset = UNSET
    """ 描述说明 — description text. """
    create_time: datetime.datetime | Unset = UNSET
    """ 领券时间 — when the user received it (RFC 3339). """
    coupon_type: str | Unset = UNSET
    """ 类型 — `NORMAL` (满减) or `CUT_TO` (减至). Open set. """
    no_cash: bool | Unset = UNSET
    """ 是否无资金流 — true when no funds flow (不带资金). """
    available_begin_time: datetime.datetime | Unset = UNSET
    """ 可用开始时间 — valid from (RFC 3339). """
    available_end_time: datetime.datetime | Unset = UNSET
    """ 可用结束时间 — valid until (RFC 3339). """
    singleitem: bool | Unset = UNSET
    """ 是否单品优惠 — true for a single-item discount. """
    normal_coupon_information: MultiuseNotificationNormalCouponInformation | Unset = UNSET
    """ 面额与门槛 — face value and spending threshold. """
    consume_information: MultiuseNotificationConsumeInformation | Unset = UNSET
    """ 实扣信息 — where and when the credit was spent, and how much. """
    business_type: str | Unset = UNSET
    """ 细分业务类型 — `MULTIUSE` (消费金). Open set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_creator_mchid = self.stock_creator_mchid

        stock_id = self.stock_id

        coupon_id = self.coupon_id

        status = self.status

        singleitem_discount_off: dict[str, Any] | Unset = UNSET
        if not isinstance(self.singleitem_discount_off, Unset):
            singleitem_discount_off = self.singleitem_discount_off.to_dict()

        discount_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_to, Unset):
            discount_to = self.discount_to.to_dict()

        coupon_name = self.coupon_name

        description = self.description

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        coupon_type = self.coupon_type

        no_cash = self.no_cash

        available_begin_time: str | Unset = UNSET
        if not isinstance(self.available_begin_time, Unset):
            available_begin_time = self.available_begin_time.isoformat()

        available_end_time: str | Unset = UNSET
        if not isinstance(self.available_end_time, Unset):
            available_end_time = self.available_end_time.isoformat()

        singleitem = self.singleitem

        normal_coupon_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normal_coupon_information, Unset):
            normal_coupon_information = self.normal_coupon_information.to_dict()

        consume_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consume_information, Unset):
            consume_information = self.consume_information.to_dict()

        business_type = self.business_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_creator_mchid": stock_creator_mchid,
                "stock_id": stock_id,
                "coupon_id": coupon_id,
                "status": status,
            }
        )
        if singleitem_discount_off is not UNSET:
            field_dict["singleitem_discount_off"] = singleitem_discount_off
        if discount_to is not UNSET:
            field_dict["discount_to"] = discount_to
        if coupon_name is not UNSET:
            field_dict["coupon_name"] = coupon_name
        if description is not UNSET:
            field_dict["description"] = description
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if coupon_type is not UNSET:
            field_dict["coupon_type"] = coupon_type
        if no_cash is not UNSET:
            field_dict["no_cash"] = no_cash
        if available_begin_time is not UNSET:
            field_dict["available_begin_time"] = available_begin_time
        if available_end_time is not UNSET:
            field_dict["available_end_time"] = available_end_time
        if singleitem is not UNSET:
            field_dict["singleitem"] = singleitem
        if normal_coupon_information is not UNSET:
            field_dict["normal_coupon_information"] = normal_coupon_information
        if consume_information is not UNSET:
            field_dict["consume_information"] = consume_information
        if business_type is not UNSET:
            field_dict["business_type"] = business_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.multiuse_notification_consume_information import MultiuseNotificationConsumeInformation
        from ..models.multiuse_notification_discount_to import MultiuseNotificationDiscountTo
        from ..models.multiuse_notification_normal_coupon_information import MultiuseNotificationNormalCouponInformation
        from ..models.multiuse_notification_singleitem_discount_off import MultiuseNotificationSingleitemDiscountOff

        d = dict(src_dict)
        stock_creator_mchid = d.pop("stock_creator_mchid")

        stock_id = d.pop("stock_id")

        coupon_id = d.pop("coupon_id")

        status = d.pop("status")

        _singleitem_discount_off = d.pop("singleitem_discount_off", UNSET)
        singleitem_discount_off: MultiuseNotificationSingleitemDiscountOff | Unset
        if isinstance(_singleitem_discount_off, Unset):
            singleitem_discount_off = UNSET
        else:
            singleitem_discount_off = MultiuseNotificationSingleitemDiscountOff.from_dict(_singleitem_discount_off)

        _discount_to = d.pop("discount_to", UNSET)
        discount_to: MultiuseNotificationDiscountTo | Unset
        if isinstance(_discount_to, Unset):
            discount_to = UNSET
        else:
            discount_to = MultiuseNotificationDiscountTo.from_dict(_discount_to)

        coupon_name = d.pop("coupon_name", UNSET)

        description = d.pop("description", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        coupon_type = d.pop("coupon_type", UNSET)

        no_cash = d.pop("no_cash", UNSET)

        _available_begin_time = d.pop("available_begin_time", UNSET)
        available_begin_time: datetime.datetime | Unset
        if isinstance(_available_begin_time, Unset):
            available_begin_time = UNSET
        else:
            available_begin_time = datetime.datetime.fromisoformat(_available_begin_time)

        _available_end_time = d.pop("available_end_time", UNSET)
        available_end_time: datetime.datetime | Unset
        if isinstance(_available_end_time, Unset):
            available_end_time = UNSET
        else:
            available_end_time = datetime.datetime.fromisoformat(_available_end_time)

        singleitem = d.pop("singleitem", UNSET)

        _normal_coupon_information = d.pop("normal_coupon_information", UNSET)
        normal_coupon_information: MultiuseNotificationNormalCouponInformation | Unset
        if isinstance(_normal_coupon_information, Unset):
            normal_coupon_information = UNSET
        else:
            normal_coupon_information = MultiuseNotificationNormalCouponInformation.from_dict(
                _normal_coupon_information
            )

        _consume_information = d.pop("consume_information", UNSET)
        consume_information: MultiuseNotificationConsumeInformation | Unset
        if isinstance(_consume_information, Unset):
            consume_information = UNSET
        else:
            consume_information = MultiuseNotificationConsumeInformation.from_dict(_consume_information)

        business_type = d.pop("business_type", UNSET)

        multiuse_notification_resource = cls(
            stock_creator_mchid=stock_creator_mchid,
            stock_id=stock_id,
            coupon_id=coupon_id,
            status=status,
            singleitem_discount_off=singleitem_discount_off,
            discount_to=discount_to,
            coupon_name=coupon_name,
            description=description,
            create_time=create_time,
            coupon_type=coupon_type,
            no_cash=no_cash,
            available_begin_time=available_begin_time,
            available_end_time=available_end_time,
            singleitem=singleitem,
            normal_coupon_information=normal_coupon_information,
            consume_information=consume_information,
            business_type=business_type,
        )

        multiuse_notification_resource.additional_properties = d
        return multiuse_notification_resource

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
