# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_trade_union_information_request_device_type import (
    RiskTradeUnionInformationRequestDeviceType,
    check_risk_trade_union_information_request_device_type,
)
from ..models.risk_trade_union_information_request_goods_type import (
    RiskTradeUnionInformationRequestGoodsType,
    check_risk_trade_union_information_request_goods_type,
)
from ..models.risk_trade_union_information_request_line_type import (
    RiskTradeUnionInformationRequestLineType,
    check_risk_trade_union_information_request_line_type,
)
from ..models.risk_trade_union_information_request_offline_delivery_label import (
    RiskTradeUnionInformationRequestOfflineDeliveryLabel,
    check_risk_trade_union_information_request_offline_delivery_label,
)
from ..models.risk_trade_union_information_request_risky_goods import (
    RiskTradeUnionInformationRequestRiskyGoods,
    check_risk_trade_union_information_request_risky_goods,
)
from ..models.risk_trade_union_information_request_scene import (
    RiskTradeUnionInformationRequestScene,
    check_risk_trade_union_information_request_scene,
)
from ..models.risk_trade_union_information_request_seller_type import (
    RiskTradeUnionInformationRequestSellerType,
    check_risk_trade_union_information_request_seller_type,
)
from ..models.risk_trade_union_information_request_sp_risk_level import (
    RiskTradeUnionInformationRequestSpRiskLevel,
    check_risk_trade_union_information_request_sp_risk_level,
)
from ..models.risk_trade_union_information_request_user_risk_level import (
    RiskTradeUnionInformationRequestUserRiskLevel,
    check_risk_trade_union_information_request_user_risk_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_living_expenses_fields import RiskLivingExpensesFields
    from ..models.risk_recharge_fields import RiskRechargeFields
    from ..models.risk_sub_order import RiskSubOrder


T = TypeVar("T", bound="RiskTradeUnionInformationRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class RiskTradeUnionInformationRequest:
    """上报订单关联信息请求 — order information for risk control. No field is required by OA or
    IM. `sp_mchid`, `acquiring_bank_id`, `channel_id`, `sub_mchid` apply to service providers,
    institutions and channels only; direct merchants omit them. The numeric codes of
    `line_type`, `goods_type`, `seller_type`, `device_type`, `scene`, `risky_goods`,
    `offline_delivery_label`, `user_risk_level` and `sp_risk_level` are closed sets whose
    meanings are given on the official page.

    """

    sp_mchid: str | Unset = UNSET
    """ 服务商商户号 — service-provider mode only. """
    acquiring_bank_id: str | Unset = UNSET
    """ 从业机构商户号 — acquiring-institution mode only. """
    channel_id: str | Unset = UNSET
    """ 渠道号 — channel mode only. """
    sub_mchid: str | Unset = UNSET
    """ 子商户号 — service-provider mode only. """
    out_trade_no: str | Unset = UNSET
    """ 商户订单号 — the merchant order number the information is about. """
    openid: str | Unset = UNSET
    """ 用户标识 — the payer's OpenID. """
    phone: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 用户手机号 — the user's phone number; pass plaintext, the SDK encrypts it. """
    certificates_number: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 用户实名证件号 — the user's identity document number; pass plaintext, the SDK encrypts it. """
    client_ip: str | Unset = UNSET
    """ 用户终端ip — the user's client IP. """
    risk_level: int | Unset = UNSET
    """ 商户判定交易的风险等级 — the merchant's own risk rating of the order. """
    line_type: RiskTradeUnionInformationRequestLineType | Unset = UNSET
    """ 线上线下标识 — online or offline order (codes 1, 2). """
    goods_type: RiskTradeUnionInformationRequestGoodsType | Unset = UNSET
    """ 虚拟实物标识 — virtual or physical goods (codes 1, 2). """
    seller_type: RiskTradeUnionInformationRequestSellerType | Unset = UNSET
    """ 物品发布类型 — who published the goods (codes 1, 2). """
    is_need_deliver: bool | Unset = UNSET
    """ 是否需要物流发货 — whether the goods are shipped. """
    device_type: RiskTradeUnionInformationRequestDeviceType | Unset = UNSET
    """ 用户设备类型 — the user's device type (codes 1–3). """
    userid: str | Unset = UNSET
    """ 付款方用户标识 — the payer's account ID in the merchant's system. """
    phone_from: int | Unset = UNSET
    """ 手机号来源 — where the phone number came from (code). """
    seller_userid: str | Unset = UNSET
    """ 收款方用户标识 — the receiving seller's account ID in the merchant's system. """
    scene: RiskTradeUnionInformationRequestScene | Unset = UNSET
    """ 业务场景 — business scene (codes 0–2; e.g. recharge, living expenses). """
    recharge_fields: RiskRechargeFields | Unset = UNSET
    """ 充值业务场景独有字段 — recharge-scene fields. """
    living_expenses_fields: RiskLivingExpensesFields | Unset = UNSET
    """ 生活缴费场景独有字段 — living-expenses-scene fields. """
    extra_fields1: str | Unset = UNSET
    """ 扩展字段1 — extension field (JSON string). """
    extra_fields2: str | Unset = UNSET
    """ 扩展字段2 — extension field (JSON string). """
    extra_fields3: str | Unset = UNSET
    """ 扩展字段3 — extension field (JSON string). """
    high_risk_goods: int | Unset = UNSET
    """ 高风险商品标签 — high-risk goods label (code). """
    same_deviced: bool | Unset = UNSET
    """ 下单设备与支付设备是否一致 — ordering and paying device are the same. """
    reliable_device: bool | Unset = UNSET
    """ 下单设备是否是常用设备 — the ordering device is the user's usual one. """
    delivery_province: str | Unset = UNSET
    """ 收货省份 — delivery province. """
    delivery_city: str | Unset = UNSET
    """ 收货城市 — delivery city. """
    new_address: bool | Unset = UNSET
    """ 收货人地址是否新增 — the delivery address is new. """
    last_pay_openid: str | Unset = UNSET
    """ 上一笔支付openid — OpenID of the previous payment. """
    risky_goods: RiskTradeUnionInformationRequestRiskyGoods | Unset = UNSET
    """ 高风险类目 — high-risk category (codes 1–6). """
    offline_delivery_label: RiskTradeUnionInformationRequestOfflineDeliveryLabel | Unset = UNSET
    """ 订单识别标识 — order label such as hourly delivery or self pick-up (codes 1, 2). """
    proxy_payment: bool | Unset = UNSET
    """ 是否为代付订单 — paid on behalf of someone else. """
    order_phone_number: str | Unset = UNSET
    """ 下单人手机号 — first 3 and last 4 digits of the orderer's phone number. """
    user_risk_level: RiskTradeUnionInformationRequestUserRiskLevel | Unset = UNSET
    """ 下单人风险等级 — the orderer's risk level (codes 1–7). """
    sp_risk_level: RiskTradeUnionInformationRequestSpRiskLevel | Unset = UNSET
    """ 商户风险等级 — the seller's risk level (codes 1–7). """
    phone_number_location: str | Unset = UNSET
    """ 手机号所属地 — where the phone number is registered. """
    goods_category: str | Unset = UNSET
    """ 商品类目 — goods category. """
    pre_opening_behavior: str | Unset = UNSET
    """ 前置打开行为异常 — abnormal behaviour before opening the payment. """
    new_store: bool | Unset = UNSET
    """ 卖家是否是新账号 — the seller account is new. """
    store_identifier: str | Unset = UNSET
    """ 店铺标识 — store identifier. """
    goods_listing_time: str | Unset = UNSET
    """ 商品上架时间 — when the goods were listed. """
    combine_out_trade_no: str | Unset = UNSET
    """ 合单商户订单号 — combined-order number, for a combined order. """
    combine_mchid: str | Unset = UNSET
    """ 合单商户号 — merchant ID that started the combined order. """
    sub_orders: list[RiskSubOrder] | Unset = UNSET
    """ 子单列表 — the sub-orders of a combined order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sp_mchid = self.sp_mchid

        acquiring_bank_id = self.acquiring_bank_id

        channel_id = self.channel_id

        sub_mchid = self.sub_mchid

        out_trade_no = self.out_trade_no

        openid = self.openid

        phone = self.phone

        certificates_number = self.certificates_number

        client_ip = self.client_ip

        risk_level = self.risk_level

        line_type: int | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type

        goods_type: int | Unset = UNSET
        if not isinstance(self.goods_type, Unset):
            goods_type = self.goods_type

        seller_type: int | Unset = UNSET
        if not isinstance(self.seller_type, Unset):
            seller_type = self.seller_type

        is_need_deliver = self.is_need_deliver

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type

        userid = self.userid

        phone_from = self.phone_from

        seller_userid = self.seller_userid

        scene: int | Unset = UNSET
        if not isinstance(self.scene, Unset):
            scene = self.scene

        recharge_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recharge_fields, Unset):
            recharge_fields = self.recharge_fields.to_dict()

        living_expenses_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.living_expenses_fields, Unset):
            living_expenses_fields = self.living_expenses_fields.to_dict()

        extra_fields1 = self.extra_fields1

        extra_fields2 = self.extra_fields2

        extra_fields3 = self.extra_fields3

        high_risk_goods = self.high_risk_goods

        same_deviced = self.same_deviced

        reliable_device = self.reliable_device

        delivery_province = self.delivery_province

        delivery_city = self.delivery_city

        new_address = self.new_address

        last_pay_openid = self.last_pay_openid

        risky_goods: int | Unset = UNSET
        if not isinstance(self.risky_goods, Unset):
            risky_goods = self.risky_goods

        offline_delivery_label: int | Unset = UNSET
        if not isinstance(self.offline_delivery_label, Unset):
            offline_delivery_label = self.offline_delivery_label

        proxy_payment = self.proxy_payment

        order_phone_number = self.order_phone_number

        user_risk_level: int | Unset = UNSET
        if not isinstance(self.user_risk_level, Unset):
            user_risk_level = self.user_risk_level

        sp_risk_level: int | Unset = UNSET
        if not isinstance(self.sp_risk_level, Unset):
            sp_risk_level = self.sp_risk_level

        phone_number_location = self.phone_number_location

        goods_category = self.goods_category

        pre_opening_behavior = self.pre_opening_behavior

        new_store = self.new_store

        store_identifier = self.store_identifier

        goods_listing_time = self.goods_listing_time

        combine_out_trade_no = self.combine_out_trade_no

        combine_mchid = self.combine_mchid

        sub_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_orders, Unset):
            sub_orders = []
            for sub_orders_item_data in self.sub_orders:
                sub_orders_item = sub_orders_item_data.to_dict()
                sub_orders.append(sub_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sp_mchid is not UNSET:
            field_dict["sp_mchid"] = sp_mchid
        if acquiring_bank_id is not UNSET:
            field_dict["acquiring_bank_id"] = acquiring_bank_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if openid is not UNSET:
            field_dict["openid"] = openid
        if phone is not UNSET:
            field_dict["phone"] = phone
        if certificates_number is not UNSET:
            field_dict["certificates_number"] = certificates_number
        if client_ip is not UNSET:
            field_dict["client_ip"] = client_ip
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level
        if line_type is not UNSET:
            field_dict["line_type"] = line_type
        if goods_type is not UNSET:
            field_dict["goods_type"] = goods_type
        if seller_type is not UNSET:
            field_dict["seller_type"] = seller_type
        if is_need_deliver is not UNSET:
            field_dict["is_need_deliver"] = is_need_deliver
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if userid is not UNSET:
            field_dict["userid"] = userid
        if phone_from is not UNSET:
            field_dict["phone_from"] = phone_from
        if seller_userid is not UNSET:
            field_dict["seller_userid"] = seller_userid
        if scene is not UNSET:
            field_dict["scene"] = scene
        if recharge_fields is not UNSET:
            field_dict["recharge_fields"] = recharge_fields
        if living_expenses_fields is not UNSET:
            field_dict["living_expenses_fields"] = living_expenses_fields
        if extra_fields1 is not UNSET:
            field_dict["extra_fields1"] = extra_fields1
        if extra_fields2 is not UNSET:
            field_dict["extra_fields2"] = extra_fields2
        if extra_fields3 is not UNSET:
            field_dict["extra_fields3"] = extra_fields3
        if high_risk_goods is not UNSET:
            field_dict["high_risk_goods"] = high_risk_goods
        if same_deviced is not UNSET:
            field_dict["same_deviced"] = same_deviced
        if reliable_device is not UNSET:
            field_dict["reliable_device"] = reliable_device
        if delivery_province is not UNSET:
            field_dict["delivery_province"] = delivery_province
        if delivery_city is not UNSET:
            field_dict["delivery_city"] = delivery_city
        if new_address is not UNSET:
            field_dict["new_address"] = new_address
        if last_pay_openid is not UNSET:
            field_dict["last_pay_openid"] = last_pay_openid
        if risky_goods is not UNSET:
            field_dict["risky_goods"] = risky_goods
        if offline_delivery_label is not UNSET:
            field_dict["offline_delivery_label"] = offline_delivery_label
        if proxy_payment is not UNSET:
            field_dict["proxy_payment"] = proxy_payment
        if order_phone_number is not UNSET:
            field_dict["order_phone_number"] = order_phone_number
        if user_risk_level is not UNSET:
            field_dict["user_risk_level"] = user_risk_level
        if sp_risk_level is not UNSET:
            field_dict["sp_risk_level"] = sp_risk_level
        if phone_number_location is not UNSET:
            field_dict["phone_number_location"] = phone_number_location
        if goods_category is not UNSET:
            field_dict["goods_category"] = goods_category
        if pre_opening_behavior is not UNSET:
            field_dict["pre_opening_behavior"] = pre_opening_behavior
        if new_store is not UNSET:
            field_dict["new_store"] = new_store
        if store_identifier is not UNSET:
            field_dict["store_identifier"] = store_identifier
        if goods_listing_time is not UNSET:
            field_dict["goods_listing_time"] = goods_listing_time
        if combine_out_trade_no is not UNSET:
            field_dict["combine_out_trade_no"] = combine_out_trade_no
        if combine_mchid is not UNSET:
            field_dict["combine_mchid"] = combine_mchid
        if sub_orders is not UNSET:
            field_dict["sub_orders"] = sub_orders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.risk_living_expenses_fields import RiskLivingExpensesFields
        from ..models.risk_recharge_fields import RiskRechargeFields
        from ..models.risk_sub_order import RiskSubOrder

        d = dict(src_dict)
        sp_mchid = d.pop("sp_mchid", UNSET)

        acquiring_bank_id = d.pop("acquiring_bank_id", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        openid = d.pop("openid", UNSET)

        phone = d.pop("phone", UNSET)

        certificates_number = d.pop("certificates_number", UNSET)

        client_ip = d.pop("client_ip", UNSET)

        risk_level = d.pop("risk_level", UNSET)

        _line_type = d.pop("line_type", UNSET)
        line_type: RiskTradeUnionInformationRequestLineType | Unset
        if isinstance(_line_type, Unset):
            line_type = UNSET
        else:
            line_type = check_risk_trade_union_information_request_line_type(_line_type)

        _goods_type = d.pop("goods_type", UNSET)
        goods_type: RiskTradeUnionInformationRequestGoodsType | Unset
        if isinstance(_goods_type, Unset):
            goods_type = UNSET
        else:
            goods_type = check_risk_trade_union_information_request_goods_type(_goods_type)

        _seller_type = d.pop("seller_type", UNSET)
        seller_type: RiskTradeUnionInformationRequestSellerType | Unset
        if isinstance(_seller_type, Unset):
            seller_type = UNSET
        else:
            seller_type = check_risk_trade_union_information_request_seller_type(_seller_type)

        is_need_deliver = d.pop("is_need_deliver", UNSET)

        _device_type = d.pop("device_type", UNSET)
        device_type: RiskTradeUnionInformationRequestDeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = check_risk_trade_union_information_request_device_type(_device_type)

        userid = d.pop("userid", UNSET)

        phone_from = d.pop("phone_from", UNSET)

        seller_userid = d.pop("seller_userid", UNSET)

        _scene = d.pop("scene", UNSET)
        scene: RiskTradeUnionInformationRequestScene | Unset
        if isinstance(_scene, Unset):
            scene = UNSET
        else:
            scene = check_risk_trade_union_information_request_scene(_scene)

        _recharge_fields = d.pop("recharge_fields", UNSET)
        recharge_fields: RiskRechargeFields | Unset
        if isinstance(_recharge_fields, Unset):
            recharge_fields = UNSET
        else:
            recharge_fields = RiskRechargeFields.from_dict(_recharge_fields)

        _living_expenses_fields = d.pop("living_expenses_fields", UNSET)
        living_expenses_fields: RiskLivingExpensesFields | Unset
        if isinstance(_living_expenses_fields, Unset):
            living_expenses_fields = UNSET
        else:
            living_expenses_fields = RiskLivingExpensesFields.from_dict(_living_expenses_fields)

        extra_fields1 = d.pop("extra_fields1", UNSET)

        extra_fields2 = d.pop("extra_fields2", UNSET)

        extra_fields3 = d.pop("extra_fields3", UNSET)

        high_risk_goods = d.pop("high_risk_goods", UNSET)

        same_deviced = d.pop("same_deviced", UNSET)

        reliable_device = d.pop("reliable_device", UNSET)

        delivery_province = d.pop("delivery_province", UNSET)

        delivery_city = d.pop("delivery_city", UNSET)

        new_address = d.pop("new_address", UNSET)

        last_pay_openid = d.pop("last_pay_openid", UNSET)

        _risky_goods = d.pop("risky_goods", UNSET)
        risky_goods: RiskTradeUnionInformationRequestRiskyGoods | Unset
        if isinstance(_risky_goods, Unset):
            risky_goods = UNSET
        else:
            risky_goods = check_risk_trade_union_information_request_risky_goods(_risky_goods)

        _offline_delivery_label = d.pop("offline_delivery_label", UNSET)
        offline_delivery_label: RiskTradeUnionInformationRequestOfflineDeliveryLabel | Unset
        if isinstance(_offline_delivery_label, Unset):
            offline_delivery_label = UNSET
        else:
            offline_delivery_label = check_risk_trade_union_information_request_offline_delivery_label(
                _offline_delivery_label
            )

        proxy_payment = d.pop("proxy_payment", UNSET)

        order_phone_number = d.pop("order_phone_number", UNSET)

        _user_risk_level = d.pop("user_risk_level", UNSET)
        user_risk_level: RiskTradeUnionInformationRequestUserRiskLevel | Unset
        if isinstance(_user_risk_level, Unset):
            user_risk_level = UNSET
        else:
            user_risk_level = check_risk_trade_union_information_request_user_risk_level(_user_risk_level)

        _sp_risk_level = d.pop("sp_risk_level", UNSET)
        sp_risk_level: RiskTradeUnionInformationRequestSpRiskLevel | Unset
        if isinstance(_sp_risk_level, Unset):
            sp_risk_level = UNSET
        else:
            sp_risk_level = check_risk_trade_union_information_request_sp_risk_level(_sp_risk_level)

        phone_number_location = d.pop("phone_number_location", UNSET)

        goods_category = d.pop("goods_category", UNSET)

        pre_opening_behavior = d.pop("pre_opening_behavior", UNSET)

        new_store = d.pop("new_store", UNSET)

        store_identifier = d.pop("store_identifier", UNSET)

        goods_listing_time = d.pop("goods_listing_time", UNSET)

        combine_out_trade_no = d.pop("combine_out_trade_no", UNSET)

        combine_mchid = d.pop("combine_mchid", UNSET)

        _sub_orders = d.pop("sub_orders", UNSET)
        sub_orders: list[RiskSubOrder] | Unset = UNSET
        if _sub_orders is not UNSET:
            sub_orders = []
            for sub_orders_item_data in _sub_orders:
                sub_orders_item = RiskSubOrder.from_dict(sub_orders_item_data)

                sub_orders.append(sub_orders_item)

        risk_trade_union_information_request = cls(
            sp_mchid=sp_mchid,
            acquiring_bank_id=acquiring_bank_id,
            channel_id=channel_id,
            sub_mchid=sub_mchid,
            out_trade_no=out_trade_no,
            openid=openid,
            phone=phone,
            certificates_number=certificates_number,
            client_ip=client_ip,
            risk_level=risk_level,
            line_type=line_type,
            goods_type=goods_type,
            seller_type=seller_type,
            is_need_deliver=is_need_deliver,
            device_type=device_type,
            userid=userid,
            phone_from=phone_from,
            seller_userid=seller_userid,
            scene=scene,
            recharge_fields=recharge_fields,
            living_expenses_fields=living_expenses_fields,
            extra_fields1=extra_fields1,
            extra_fields2=extra_fields2,
            extra_fields3=extra_fields3,
            high_risk_goods=high_risk_goods,
            same_deviced=same_deviced,
            reliable_device=reliable_device,
            delivery_province=delivery_province,
            delivery_city=delivery_city,
            new_address=new_address,
            last_pay_openid=last_pay_openid,
            risky_goods=risky_goods,
            offline_delivery_label=offline_delivery_label,
            proxy_payment=proxy_payment,
            order_phone_number=order_phone_number,
            user_risk_level=user_risk_level,
            sp_risk_level=sp_risk_level,
            phone_number_location=phone_number_location,
            goods_category=goods_category,
            pre_opening_behavior=pre_opening_behavior,
            new_store=new_store,
            store_identifier=store_identifier,
            goods_listing_time=goods_listing_time,
            combine_out_trade_no=combine_out_trade_no,
            combine_mchid=combine_mchid,
            sub_orders=sub_orders,
        )

        risk_trade_union_information_request.additional_properties = d
        return risk_trade_union_information_request

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
