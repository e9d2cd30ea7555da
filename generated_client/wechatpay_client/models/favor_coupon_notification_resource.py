# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.favor_coupon_consume_info import FavorCouponConsumeInfo
    from ..models.favor_fixed_normal_coupon_info import FavorFixedNormalCouponInfo
    from ..models.favor_notification_discount_to import FavorNotificationDiscountTo
    from ..models.favor_notification_singleitem_discount_off import FavorNotificationSingleitemDiscountOff


T = TypeVar("T", bound="FavorCouponNotificationResource")


@_attrs_define
class FavorCouponNotificationResource:
    """核销事件回调通知 — the decrypted resource of `COUPON.USE` (original_type `coupon`): a
    cash coupon (or 消费金) of the merchant was used. Sent to the address set with
    `set_favor_callback`; the same notification may arrive more than once (every minute,
    9 times in all, until acknowledged). This is the default model of `COUPON.USE`; a
    merchant-coupon (商家券) shape of the same event, if modelled, is told apart by its own
    key. Only the batch, creator and coupon IDs are required: the other fields the
    notification table marks required are optional in the coupon query answers, and a
    notification that fails to parse is worse than an unset field.

    """

    stock_creator_mchid: str
    """ 批次创建方商户号 — merchant that created the batch. """
    stock_id: str
    """ 批次号 — batch ID. """
    coupon_id: str
    """ 代金券ID — coupon (or 消费金) ID. """
    singleitem_discount_off: FavorNotificationSingleitemDiscountOff | Unset = UNSET
    """ 单品优惠特定信息 — single-item discount data. """
    discount_to: FavorNotificationDiscountTo | Unset = UNSET
    """ 减至优惠限定字段 — "reduce to" (减至) data, only for 减至 coupons. """
    coupon_name: str | Unset = UNSET
    """ 券或消费金名称 — name. """
    status: str | Unset = UNSET
    """ 券或消费金状态 — known values `SENDED` (可用), `USED` (已实扣), `EXPIRED` (已过期). """
    description: str | Unset = UNSET
    """ 描述 — usage rules. """
    create_time: str | Unset = UNSET
    """ 领券时间 — when the user received it (RFC 3339; plain string). """
    coupon_type: str | Unset = UNSET
    """ 券类型 — known values `NORMAL` (满减券), `CUT_TO` (减至券). """
    no_cash: bool | Unset = UNSET
    """ 是否无资金流 — `true` for a not-funded (免充值) coupon. """
    available_begin_time: str | Unset = UNSET
    """ 可用开始时间 — validity start (RFC 3339; plain string). """
    available_end_time: str | Unset = UNSET
    """ 可用结束时间 — validity end (RFC 3339; plain string). """
    singleitem: bool | Unset = UNSET
    """ 是否单品优惠 — whether it is a single-item coupon. """
    normal_coupon_information: FavorFixedNormalCouponInfo | Unset = UNSET
    """ 固定面额满减券信息 — face value and threshold, as read back. """
    consume_information: FavorCouponConsumeInfo | Unset = UNSET
    """ 已实扣代金券核销信息 — where and with which order a used coupon was used. """
    business_type: str | Unset = UNSET
    """ 细分业务类型 — `MULTIUSE` for 消费金, present only then (and then
    `consume_information.consume_amount` is set).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_creator_mchid = self.stock_creator_mchid

        stock_id = self.stock_id

        coupon_id = self.coupon_id

        singleitem_discount_off: dict[str, Any] | Unset = UNSET
        if not isinstance(self.singleitem_discount_off, Unset):
            singleitem_discount_off = self.singleitem_discount_off.to_dict()

        discount_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_to, Unset):
            discount_to = self.discount_to.to_dict()

        coupon_name = self.coupon_name

        status = self.status

        description = self.description

        create_time = self.create_time

        coupon_type = self.coupon_type

        no_cash = self.no_cash

        available_begin_time = self.available_begin_time

        available_end_time = self.available_end_time

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
            }
        )
        if singleitem_discount_off is not UNSET:
            field_dict["singleitem_discount_off"] = singleitem_discount_off
        if discount_to is not UNSET:
            field_dict["discount_to"] = discount_to
        if coupon_name is not UNSET:
            field_dict["coupon_name"] = coupon_name
        if status is not UNSET:
            field_dict["status"] = status
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
        from ..models.favor_coupon_consume_info import FavorCouponConsumeInfo
        from ..models.favor_fixed_normal_coupon_info import FavorFixedNormalCouponInfo
        from ..models.favor_notification_discount_to import FavorNotificationDiscountTo
        from ..models.favor_notification_singleitem_discount_off import FavorNotificationSingleitemDiscountOff

        d = dict(src_dict)
        stock_creator_mchid = d.pop("stock_creator_mchid")

        stock_id = d.pop("stock_id")

        coupon_id = d.pop("coupon_id")

        _singleitem_discount_off = d.pop("singleitem_discount_off", UNSET)
        singleitem_discount_off: FavorNotificationSingleitemDiscountOff | Unset
        if isinstance(_singleitem_discount_off, Unset):
            singleitem_discount_off = UNSET
        else:
            singleitem_discount_off = FavorNotificationSingleitemDiscountOff.from_dict(_singleitem_discount_off)

        _discount_to = d.pop("discount_to", UNSET)
        discount_to: FavorNotificationDiscountTo | Unset
        if isinstance(_discount_to, Unset):
            discount_to = UNSET
        else:
            discount_to = FavorNotificationDiscountTo.from_dict(_discount_to)

        coupon_name = d.pop("coupon_name", UNSET)

        status = d.pop("status", UNSET)

        description = d.pop("description", UNSET)

        create_time = d.pop("create_time", UNSET)

        coupon_type = d.pop("coupon_type", UNSET)

        no_cash = d.pop("no_cash", UNSET)

        available_begin_time = d.pop("available_begin_time", UNSET)

        available_end_time = d.pop("available_end_time", UNSET)

        singleitem = d.pop("singleitem", UNSET)

        _normal_coupon_information = d.pop("normal_coupon_information", UNSET)
        normal_coupon_information: FavorFixedNormalCouponInfo | Unset
        if isinstance(_normal_coupon_information, Unset):
            normal_coupon_information = UNSET
        else:
            normal_coupon_information = FavorFixedNormalCouponInfo.from_dict(_normal_coupon_information)

        _consume_information = d.pop("consume_information", UNSET)
        consume_information: FavorCouponConsumeInfo | Unset
        if isinstance(_consume_information, Unset):
            consume_information = UNSET
        else:
            consume_information = FavorCouponConsumeInfo.from_dict(_consume_information)

        business_type = d.pop("business_type", UNSET)

        favor_coupon_notification_resource = cls(
            stock_creator_mchid=stock_creator_mchid,
            stock_id=stock_id,
            coupon_id=coupon_id,
            singleitem_discount_off=singleitem_discount_off,
            discount_to=discount_to,
            coupon_name=coupon_name,
            status=status,
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

        favor_coupon_notification_resource.additional_properties = d
        return favor_coupon_notification_resource

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
