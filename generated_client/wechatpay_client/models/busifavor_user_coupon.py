# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_response_coupon_use_rule import BusifavorResponseCouponUseRule
    from ..models.busifavor_response_custom_entrance import BusifavorResponseCustomEntrance
    from ..models.busifavor_response_display_pattern_info import BusifavorResponseDisplayPatternInfo


T = TypeVar("T", bound="BusifavorUserCoupon")


@_attrs_define
class BusifavorUserCoupon:
    """用户券 — a merchant coupon in a user's card wallet."""

    belong_merchant: str
    """ 批次归属商户号 — owning merchant. """
    stock_name: str
    """ 商家券批次名称 — batch name. """
    goods_name: str
    """ 适用商品范围 — goods the coupon applies to. """
    stock_type: str
    """ 批次类型 — `NORMAL`, `DISCOUNT`, `EXCHANGE` (open set). """
    coupon_use_rule: BusifavorResponseCouponUseRule
    """ 核销规则 — when and how the coupons can be used. """
    comment: str | Unset = UNSET
    """ 批次备注 — merchant's note. """
    transferable: bool | Unset = UNSET
    """ 是否允许转赠 — may be given to others. """
    shareable: bool | Unset = UNSET
    """ 是否允许分享链接 — may be shared by link. """
    coupon_state: str | Unset = UNSET
    """ 券状态 — `SENDED`, `USED`, `EXPIRED`, `DELETED`, `DEACTIVATED`; also
    `PENDING_REDEEM`, `REDEEM_CONFIRMING`, `REDEEM_FAILED`, `REDEEM_EXPIRED` (open set).
     """
    display_pattern_info: BusifavorResponseDisplayPatternInfo | Unset = UNSET
    """ 样式信息 — how the coupon looks. """
    custom_entrance: BusifavorResponseCustomEntrance | Unset = UNSET
    """ 自定义入口 — entrances on the coupon's detail page. """
    coupon_code: str | Unset = UNSET
    """ 券code — the coupon's code. """
    stock_id: str | Unset = UNSET
    """ 批次号 — batch ID. """
    available_start_time: datetime.datetime | Unset = UNSET
    """ 券可使用开始时间 — when this coupon becomes usable. """
    expire_time: datetime.datetime | Unset = UNSET
    """ 券过期时间 — when it expires. """
    receive_time: datetime.datetime | Unset = UNSET
    """ 券领券时间 — when the user received it. """
    send_request_no: str | Unset = UNSET
    """ 发券请求单号 — `out_request_no` of the send. """
    use_request_no: str | Unset = UNSET
    """ 核销请求单号 — `use_request_no` of the redemption, once used. """
    use_time: datetime.datetime | Unset = UNSET
    """ 券核销时间 — when it was used. """
    associate_out_trade_no: str | Unset = UNSET
    """ 关联的商户订单号 — order linked by `associate_busifavor_coupon`. """
    return_request_no: str | Unset = UNSET
    """ 回退请求单号 — `return_request_no`, once returned. """
    return_time: datetime.datetime | Unset = UNSET
    """ 券回退时间 — when it was returned. """
    deactivate_request_no: str | Unset = UNSET
    """ 失效请求单号 — `deactivate_request_no`, once invalidated. """
    deactivate_time: datetime.datetime | Unset = UNSET
    """ 券失效时间 — when it was invalidated. """
    deactivate_reason: str | Unset = UNSET
    """ 失效原因 — the reason given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        belong_merchant = self.belong_merchant

        stock_name = self.stock_name

        goods_name = self.goods_name

        stock_type = self.stock_type

        coupon_use_rule = self.coupon_use_rule.to_dict()

        comment = self.comment

        transferable = self.transferable

        shareable = self.shareable

        coupon_state = self.coupon_state

        display_pattern_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_pattern_info, Unset):
            display_pattern_info = self.display_pattern_info.to_dict()

        custom_entrance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_entrance, Unset):
            custom_entrance = self.custom_entrance.to_dict()

        coupon_code = self.coupon_code

        stock_id = self.stock_id

        available_start_time: str | Unset = UNSET
        if not isinstance(self.available_start_time, Unset):
            available_start_time = self.available_start_time.isoformat()

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        receive_time: str | Unset = UNSET
        if not isinstance(self.receive_time, Unset):
            receive_time = self.receive_time.isoformat()

        send_request_no = self.send_request_no

        use_request_no = self.use_request_no

        use_time: str | Unset = UNSET
        if not isinstance(self.use_time, Unset):
            use_time = self.use_time.isoformat()

        associate_out_trade_no = self.associate_out_trade_no

        return_request_no = self.return_request_no

        return_time: str | Unset = UNSET
        if not isinstance(self.return_time, Unset):
            return_time = self.return_time.isoformat()

        deactivate_request_no = self.deactivate_request_no

        deactivate_time: str | Unset = UNSET
        if not isinstance(self.deactivate_time, Unset):
            deactivate_time = self.deactivate_time.isoformat()

        deactivate_reason = self.deactivate_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "belong_merchant": belong_merchant,
                "stock_name": stock_name,
                "goods_name": goods_name,
                "stock_type": stock_type,
                "coupon_use_rule": coupon_use_rule,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if transferable is not UNSET:
            field_dict["transferable"] = transferable
        if shareable is not UNSET:
            field_dict["shareable"] = shareable
        if coupon_state is not UNSET:
            field_dict["coupon_state"] = coupon_state
        if display_pattern_info is not UNSET:
            field_dict["display_pattern_info"] = display_pattern_info
        if custom_entrance is not UNSET:
            field_dict["custom_entrance"] = custom_entrance
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if available_start_time is not UNSET:
            field_dict["available_start_time"] = available_start_time
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if receive_time is not UNSET:
            field_dict["receive_time"] = receive_time
        if send_request_no is not UNSET:
            field_dict["send_request_no"] = send_request_no
        if use_request_no is not UNSET:
            field_dict["use_request_no"] = use_request_no
        if use_time is not UNSET:
            field_dict["use_time"] = use_time
        if associate_out_trade_no is not UNSET:
            field_dict["associate_out_trade_no"] = associate_out_trade_no
        if return_request_no is not UNSET:
            field_dict["return_request_no"] = return_request_no
        if return_time is not UNSET:
            field_dict["return_time"] = return_time
        if deactivate_request_no is not UNSET:
            field_dict["deactivate_request_no"] = deactivate_request_no
        if deactivate_time is not UNSET:
            field_dict["deactivate_time"] = deactivate_time
        if deactivate_reason is not UNSET:
            field_dict["deactivate_reason"] = deactivate_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_response_coupon_use_rule import BusifavorResponseCouponUseRule
        from ..models.busifavor_response_custom_entrance import BusifavorResponseCustomEntrance
        from ..models.busifavor_response_display_pattern_info import BusifavorResponseDisplayPatternInfo

        d = dict(src_dict)
        belong_merchant = d.pop("belong_merchant")

        stock_name = d.pop("stock_name")

        goods_name = d.pop("goods_name")

        stock_type = d.pop("stock_type")

        coupon_use_rule = BusifavorResponseCouponUseRule.from_dict(d.pop("coupon_use_rule"))

        comment = d.pop("comment", UNSET)

        transferable = d.pop("transferable", UNSET)

        shareable = d.pop("shareable", UNSET)

        coupon_state = d.pop("coupon_state", UNSET)

        _display_pattern_info = d.pop("display_pattern_info", UNSET)
        display_pattern_info: BusifavorResponseDisplayPatternInfo | Unset
        if isinstance(_display_pattern_info, Unset):
            display_pattern_info = UNSET
        else:
            display_pattern_info = BusifavorResponseDisplayPatternInfo.from_dict(_display_pattern_info)

        _custom_entrance = d.pop("custom_entrance", UNSET)
        custom_entrance: BusifavorResponseCustomEntrance | Unset
        if isinstance(_custom_entrance, Unset):
            custom_entrance = UNSET
        else:
            custom_entrance = BusifavorResponseCustomEntrance.from_dict(_custom_entrance)

        coupon_code = d.pop("coupon_code", UNSET)

        stock_id = d.pop("stock_id", UNSET)

        _available_start_time = d.pop("available_start_time", UNSET)
        available_start_time: datetime.datetime | Unset
        if isinstance(_available_start_time, Unset):
            available_start_time = UNSET
        else:
            available_start_time = datetime.datetime.fromisoformat(_available_start_time)

        _expire_time = d.pop("expire_time", UNSET)
        expire_time: datetime.datetime | Unset
        if isinstance(_expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = datetime.datetime.fromisoformat(_expire_time)

        _receive_time = d.pop("receive_time", UNSET)
        receive_time: datetime.datetime | Unset
        if isinstance(_receive_time, Unset):
            receive_time = UNSET
        else:
            receive_time = datetime.datetime.fromisoformat(_receive_time)

        send_request_no = d.pop("send_request_no", UNSET)

        use_request_no = d.pop("use_request_no", UNSET)

        _use_time = d.pop("use_time", UNSET)
        use_time: datetime.datetime | Unset
        if isinstance(_use_time, Unset):
            use_time = UNSET
        else:
            use_time = datetime.datetime.fromisoformat(_use_time)

        associate_out_trade_no = d.pop("associate_out_trade_no", UNSET)

        return_request_no = d.pop("return_request_no", UNSET)

        _return_time = d.pop("return_time", UNSET)
        return_time: datetime.datetime | Unset
        if isinstance(_return_time, Unset):
            return_time = UNSET
        else:
            return_time = datetime.datetime.fromisoformat(_return_time)

        deactivate_request_no = d.pop("deactivate_request_no", UNSET)

        _deactivate_time = d.pop("deactivate_time", UNSET)
        deactivate_time: datetime.datetime | Unset
        if isinstance(_deactivate_time, Unset):
            deactivate_time = UNSET
        else:
            deactivate_time = datetime.datetime.fromisoformat(_deactivate_time)

        deactivate_reason = d.pop("deactivate_reason", UNSET)

        busifavor_user_coupon = cls(
            belong_merchant=belong_merchant,
            stock_name=stock_name,
            goods_name=goods_name,
            stock_type=stock_type,
            coupon_use_rule=coupon_use_rule,
            comment=comment,
            transferable=transferable,
            shareable=shareable,
            coupon_state=coupon_state,
            display_pattern_info=display_pattern_info,
            custom_entrance=custom_entrance,
            coupon_code=coupon_code,
            stock_id=stock_id,
            available_start_time=available_start_time,
            expire_time=expire_time,
            receive_time=receive_time,
            send_request_no=send_request_no,
            use_request_no=use_request_no,
            use_time=use_time,
            associate_out_trade_no=associate_out_trade_no,
            return_request_no=return_request_no,
            return_time=return_time,
            deactivate_request_no=deactivate_request_no,
            deactivate_time=deactivate_time,
            deactivate_reason=deactivate_reason,
        )

        busifavor_user_coupon.additional_properties = d
        return busifavor_user_coupon

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
