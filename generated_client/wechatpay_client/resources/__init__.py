# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""The resource layer: one attribute per spec tag, one method per operation.

``WeChatPayResources`` (sync), ``AsyncWeChatPayResources`` and their ``WithRawResponse`` twins
are the bases of the hand-written ``wechatpay_typed.WeChatPay`` / ``AsyncWeChatPay``. A tag's
module is imported on the first access to its attribute, an operation's module on its first
call. Every call goes through the invoker the client passes in (``SyncInvoker`` /
``AsyncInvoker``), which adds ``client=`` and the client's per-call options.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

T = TypeVar("T")


class SyncInvoker(Protocol):
    """Calls an operation function (``api.<tag>.<operation>.sync`` ...) with the client's ``client=``."""

    def call(self, operation: Callable[..., T], /, **arguments: Any) -> T: ...


class AsyncInvoker(Protocol):
    """Awaits an operation coroutine function (``asyncio`` ...) with the client's ``client=``."""

    async def call(self, operation: Callable[..., Awaitable[T]], /, **arguments: Any) -> T: ...


class SyncResource:
    """Base of the sync resource classes: holds the client's invoker."""

    __slots__ = ("_invoker",)

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker


class AsyncResource:
    """Base of the async resource classes: holds the client's invoker."""

    __slots__ = ("_invoker",)

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker


if TYPE_CHECKING:
    from .aggracct_channel import (
        AggracctChannelResource,
        AggracctChannelResourceWithRawResponse,
        AsyncAggracctChannelResource,
        AsyncAggracctChannelResourceWithRawResponse,
    )
    from .bills import (
        AsyncBillsResource,
        AsyncBillsResourceWithRawResponse,
        BillsResource,
        BillsResourceWithRawResponse,
    )
    from .brand_redpacket import (
        AsyncBrandRedpacketResource,
        AsyncBrandRedpacketResourceWithRawResponse,
        BrandRedpacketResource,
        BrandRedpacketResourceWithRawResponse,
    )
    from .busifavor import (
        AsyncBusifavorResource,
        AsyncBusifavorResourceWithRawResponse,
        BusifavorResource,
        BusifavorResourceWithRawResponse,
    )
    from .businesscircle import (
        AsyncBusinesscircleResource,
        AsyncBusinesscircleResourceWithRawResponse,
        BusinesscircleResource,
        BusinesscircleResourceWithRawResponse,
    )
    from .certificates import (
        AsyncCertificatesResource,
        AsyncCertificatesResourceWithRawResponse,
        CertificatesResource,
        CertificatesResourceWithRawResponse,
    )
    from .combine_pay import (
        AsyncCombinePayResource,
        AsyncCombinePayResourceWithRawResponse,
        CombinePayResource,
        CombinePayResourceWithRawResponse,
    )
    from .complaints import (
        AsyncComplaintsResource,
        AsyncComplaintsResourceWithRawResponse,
        ComplaintsResource,
        ComplaintsResourceWithRawResponse,
    )
    from .consumption_card import (
        AsyncConsumptionCardResource,
        AsyncConsumptionCardResourceWithRawResponse,
        ConsumptionCardResource,
        ConsumptionCardResourceWithRawResponse,
    )
    from .credit_pay import (
        AsyncCreditPayResource,
        AsyncCreditPayResourceWithRawResponse,
        CreditPayResource,
        CreditPayResourceWithRawResponse,
    )
    from .ebike_papay import (
        AsyncEbikePapayResource,
        AsyncEbikePapayResourceWithRawResponse,
        EbikePapayResource,
        EbikePapayResourceWithRawResponse,
    )
    from .edu_papay import (
        AsyncEduPapayResource,
        AsyncEduPapayResourceWithRawResponse,
        EduPapayResource,
        EduPapayResourceWithRawResponse,
    )
    from .edu_star import (
        AsyncEduStarResource,
        AsyncEduStarResourceWithRawResponse,
        EduStarResource,
        EduStarResourceWithRawResponse,
    )
    from .fapiao import (
        AsyncFapiaoResource,
        AsyncFapiaoResourceWithRawResponse,
        FapiaoResource,
        FapiaoResourceWithRawResponse,
    )
    from .favor import (
        AsyncFavorResource,
        AsyncFavorResourceWithRawResponse,
        FavorResource,
        FavorResourceWithRawResponse,
    )
    from .global_common import (
        AsyncGlobalCommonResource,
        AsyncGlobalCommonResourceWithRawResponse,
        GlobalCommonResource,
        GlobalCommonResourceWithRawResponse,
    )
    from .global_complaints import (
        AsyncGlobalComplaintsResource,
        AsyncGlobalComplaintsResourceWithRawResponse,
        GlobalComplaintsResource,
        GlobalComplaintsResourceWithRawResponse,
    )
    from .global_customs import (
        AsyncGlobalCustomsResource,
        AsyncGlobalCustomsResourceWithRawResponse,
        GlobalCustomsResource,
        GlobalCustomsResourceWithRawResponse,
    )
    from .global_papay import (
        AsyncGlobalPapayResource,
        AsyncGlobalPapayResourceWithRawResponse,
        GlobalPapayResource,
        GlobalPapayResourceWithRawResponse,
    )
    from .global_pay import (
        AsyncGlobalPayResource,
        AsyncGlobalPayResourceWithRawResponse,
        GlobalPayResource,
        GlobalPayResourceWithRawResponse,
    )
    from .global_profitsharing import (
        AsyncGlobalProfitsharingResource,
        AsyncGlobalProfitsharingResourceWithRawResponse,
        GlobalProfitsharingResource,
        GlobalProfitsharingResourceWithRawResponse,
    )
    from .global_refunds import (
        AsyncGlobalRefundsResource,
        AsyncGlobalRefundsResourceWithRawResponse,
        GlobalRefundsResource,
        GlobalRefundsResourceWithRawResponse,
    )
    from .goods_subsidy import (
        AsyncGoodsSubsidyResource,
        AsyncGoodsSubsidyResourceWithRawResponse,
        GoodsSubsidyResource,
        GoodsSubsidyResourceWithRawResponse,
    )
    from .industry_coupon import (
        AsyncIndustryCouponResource,
        AsyncIndustryCouponResourceWithRawResponse,
        IndustryCouponResource,
        IndustryCouponResourceWithRawResponse,
    )
    from .insurance_pay import (
        AsyncInsurancePayResource,
        AsyncInsurancePayResourceWithRawResponse,
        InsurancePayResource,
        InsurancePayResourceWithRawResponse,
    )
    from .insurance_policy import (
        AsyncInsurancePolicyResource,
        AsyncInsurancePolicyResourceWithRawResponse,
        InsurancePolicyResource,
        InsurancePolicyResourceWithRawResponse,
    )
    from .insurance_sign import (
        AsyncInsuranceSignResource,
        AsyncInsuranceSignResourceWithRawResponse,
        InsuranceSignResource,
        InsuranceSignResourceWithRawResponse,
    )
    from .lovefeast import (
        AsyncLovefeastResource,
        AsyncLovefeastResourceWithRawResponse,
        LovefeastResource,
        LovefeastResourceWithRawResponse,
    )
    from .marketing_media import (
        AsyncMarketingMediaResource,
        AsyncMarketingMediaResourceWithRawResponse,
        MarketingMediaResource,
        MarketingMediaResourceWithRawResponse,
    )
    from .marketing_partnerships import (
        AsyncMarketingPartnershipsResource,
        AsyncMarketingPartnershipsResourceWithRawResponse,
        MarketingPartnershipsResource,
        MarketingPartnershipsResourceWithRawResponse,
    )
    from .media import (
        AsyncMediaResource,
        AsyncMediaResourceWithRawResponse,
        MediaResource,
        MediaResourceWithRawResponse,
    )
    from .medical_insurance_pay import (
        AsyncMedicalInsurancePayResource,
        AsyncMedicalInsurancePayResourceWithRawResponse,
        MedicalInsurancePayResource,
        MedicalInsurancePayResourceWithRawResponse,
    )
    from .membercard import (
        AsyncMembercardResource,
        AsyncMembercardResourceWithRawResponse,
        MembercardResource,
        MembercardResourceWithRawResponse,
    )
    from .membercard_activity import (
        AsyncMembercardActivityResource,
        AsyncMembercardActivityResourceWithRawResponse,
        MembercardActivityResource,
        MembercardActivityResourceWithRawResponse,
    )
    from .merchant_recharge import (
        AsyncMerchantRechargeResource,
        AsyncMerchantRechargeResourceWithRawResponse,
        MerchantRechargeResource,
        MerchantRechargeResourceWithRawResponse,
    )
    from .merchant_risk import (
        AsyncMerchantRiskResource,
        AsyncMerchantRiskResourceWithRawResponse,
        MerchantRiskResource,
        MerchantRiskResourceWithRawResponse,
    )
    from .merchant_store import (
        AsyncMerchantStoreResource,
        AsyncMerchantStoreResourceWithRawResponse,
        MerchantStoreResource,
        MerchantStoreResourceWithRawResponse,
    )
    from .multiuse import (
        AsyncMultiuseResource,
        AsyncMultiuseResourceWithRawResponse,
        MultiuseResource,
        MultiuseResourceWithRawResponse,
    )
    from .papay import (
        AsyncPapayResource,
        AsyncPapayResourceWithRawResponse,
        PapayResource,
        PapayResourceWithRawResponse,
    )
    from .pay import AsyncPayResource, AsyncPayResourceWithRawResponse, PayResource, PayResourceWithRawResponse
    from .pay_with_contract import (
        AsyncPayWithContractResource,
        AsyncPayWithContractResourceWithRawResponse,
        PayWithContractResource,
        PayWithContractResourceWithRawResponse,
    )
    from .paygift import (
        AsyncPaygiftResource,
        AsyncPaygiftResourceWithRawResponse,
        PaygiftResource,
        PaygiftResourceWithRawResponse,
    )
    from .payscore import (
        AsyncPayscoreResource,
        AsyncPayscoreResourceWithRawResponse,
        PayscoreResource,
        PayscoreResourceWithRawResponse,
    )
    from .payscore_cards import (
        AsyncPayscoreCardsResource,
        AsyncPayscoreCardsResourceWithRawResponse,
        PayscoreCardsResource,
        PayscoreCardsResourceWithRawResponse,
    )
    from .payscore_delivery import (
        AsyncPayscoreDeliveryResource,
        AsyncPayscoreDeliveryResourceWithRawResponse,
        PayscoreDeliveryResource,
        PayscoreDeliveryResourceWithRawResponse,
    )
    from .payscore_payafter import (
        AsyncPayscorePayafterResource,
        AsyncPayscorePayafterResourceWithRawResponse,
        PayscorePayafterResource,
        PayscorePayafterResourceWithRawResponse,
    )
    from .payscore_permissions import (
        AsyncPayscorePermissionsResource,
        AsyncPayscorePermissionsResourceWithRawResponse,
        PayscorePermissionsResource,
        PayscorePermissionsResourceWithRawResponse,
    )
    from .payscore_plans import (
        AsyncPayscorePlansResource,
        AsyncPayscorePlansResourceWithRawResponse,
        PayscorePlansResource,
        PayscorePlansResourceWithRawResponse,
    )
    from .payscore_smartretail import (
        AsyncPayscoreSmartretailResource,
        AsyncPayscoreSmartretailResourceWithRawResponse,
        PayscoreSmartretailResource,
        PayscoreSmartretailResourceWithRawResponse,
    )
    from .power_bank import (
        AsyncPowerBankResource,
        AsyncPowerBankResourceWithRawResponse,
        PowerBankResource,
        PowerBankResourceWithRawResponse,
    )
    from .profitsharing import (
        AsyncProfitsharingResource,
        AsyncProfitsharingResourceWithRawResponse,
        ProfitsharingResource,
        ProfitsharingResourceWithRawResponse,
    )
    from .qrcode_ride import (
        AsyncQrcodeRideResource,
        AsyncQrcodeRideResourceWithRawResponse,
        QrcodeRideResource,
        QrcodeRideResourceWithRawResponse,
    )
    from .refunds import (
        AsyncRefundsResource,
        AsyncRefundsResourceWithRawResponse,
        RefundsResource,
        RefundsResourceWithRawResponse,
    )
    from .security_echo import (
        AsyncSecurityEchoResource,
        AsyncSecurityEchoResourceWithRawResponse,
        SecurityEchoResource,
        SecurityEchoResourceWithRawResponse,
    )
    from .smartguide import (
        AsyncSmartguideResource,
        AsyncSmartguideResourceWithRawResponse,
        SmartguideResource,
        SmartguideResourceWithRawResponse,
    )
    from .transfer_batches import (
        AsyncTransferBatchesResource,
        AsyncTransferBatchesResourceWithRawResponse,
        TransferBatchesResource,
        TransferBatchesResourceWithRawResponse,
    )
    from .transfer_bills import (
        AsyncTransferBillsResource,
        AsyncTransferBillsResourceWithRawResponse,
        TransferBillsResource,
        TransferBillsResourceWithRawResponse,
    )
    from .transfer_qq_wallet import (
        AsyncTransferQqWalletResource,
        AsyncTransferQqWalletResourceWithRawResponse,
        TransferQqWalletResource,
        TransferQqWalletResourceWithRawResponse,
    )


class WeChatPayResources:
    """One attribute per spec tag (<Tag>Resource), made on first access."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def aggracct_channel(self) -> AggracctChannelResource:
        """渠道服务 — the WeBank channel of the aggregated account (聚合账户银行渠道服务): read a ledger"""
        from .aggracct_channel import AggracctChannelResource

        return AggracctChannelResource(self._invoker)

    @cached_property
    def bills(self) -> BillsResource:
        """基础支付∙账单 — trade and fund-flow bills (apply for a bill, then download the file)."""
        from .bills import BillsResource

        return BillsResource(self._invoker)

    @cached_property
    def brand_redpacket(self) -> BrandRedpacketResource:
        """品牌红包 — brand red packets: send a batch of up to 10 brand red packets and look the batch"""
        from .brand_redpacket import BrandRedpacketResource

        return BrandRedpacketResource(self._invoker)

    @cached_property
    def busifavor(self) -> BusifavorResource:
        """运营工具∙商家券 — merchant coupons: create, read and change coupon batches and their budget,"""
        from .busifavor import BusifavorResource

        return BusifavorResource(self._invoker)

    @cached_property
    def businesscircle(self) -> BusinesscircleResource:
        """经营工具∙智慧商圈 — smart business circle (sync members' points and parking state, look up"""
        from .businesscircle import BusinesscircleResource

        return BusinesscircleResource(self._invoker)

    @cached_property
    def certificates(self) -> CertificatesResource:
        """平台证书 — WeChat Pay platform certificates (download the list of platform certificates,"""
        from .certificates import CertificatesResource

        return CertificatesResource(self._invoker)

    @cached_property
    def combine_pay(self) -> CombinePayResource:
        """基础支付∙合单 — combined payments for direct merchants: one payment (one password entry)"""
        from .combine_pay import CombinePayResource

        return CombinePayResource(self._invoker)

    @cached_property
    def complaints(self) -> ComplaintsResource:
        """风险合规∙消费者投诉 — consumer complaints 2.0 for direct merchants: register the complaint"""
        from .complaints import ComplaintsResource

        return ComplaintsResource(self._invoker)

    @cached_property
    def consumption_card(self) -> ConsumptionCardResource:
        """运营工具∙消费卡 — send a consumption card, with its set of vouchers, to a user. Path"""
        from .consumption_card import ConsumptionCardResource

        return ConsumptionCardResource(self._invoker)

    @cached_property
    def credit_pay(self) -> CreditPayResource:
        """微信分付 — WeChat Pay credit (分付) exposure advice: ask whether to show 微信分付 as a payment"""
        from .credit_pay import CreditPayResource

        return CreditPayResource(self._invoker)

    @cached_property
    def ebike_papay(self) -> EbikePapayResource:
        """电动自行车行业代扣 — electric-bicycle charging deduction (retired upstream on 2019-12-16, kept"""
        from .ebike_papay import EbikePapayResource

        return EbikePapayResource(self._invoker)

    @cached_property
    def edu_papay(self) -> EduPapayResource:
        """教育续费通 — education renewal deduction for direct merchants: pre-sign a contract for the"""
        from .edu_papay import EduPapayResource

        return EduPapayResource(self._invoker)

    @cached_property
    def edu_star(self) -> EduStarResource:
        """学生卡身份权益 — 集星光 student identity benefits (look a user's student status up by OpenID"""
        from .edu_star import EduStarResource

        return EduStarResource(self._invoker)

    @cached_property
    def fapiao(self) -> FapiaoResource:
        """经营工具∙电子发票 — electronic fapiao (tax invoices) for direct merchants: card template,"""
        from .fapiao import FapiaoResource

        return FapiaoResource(self._invoker)

    @cached_property
    def favor(self) -> FavorResource:
        """运营工具∙代金券 — WeChat Pay cash coupons: create, activate, pause and restart a coupon"""
        from .favor import FavorResource

        return FavorResource(self._invoker)

    @cached_property
    def global_common(self) -> GlobalCommonResource:
        """跨境 — cross-border common APIs for direct merchants: the cross-border platform"""
        from .global_common import GlobalCommonResource

        return GlobalCommonResource(self._invoker)

    @cached_property
    def global_complaints(self) -> GlobalComplaintsResource:
        """跨境∙消费者投诉 — consumer complaints of cross-border merchants: list complaints and read one"""
        from .global_complaints import GlobalComplaintsResource

        return GlobalComplaintsResource(self._invoker)

    @cached_property
    def global_customs(self) -> GlobalCustomsResource:
        """跨境∙报关 — cross-border customs declaration: declare an order's payment to Chinese customs,"""
        from .global_customs import GlobalCustomsResource

        return GlobalCustomsResource(self._invoker)

    @cached_property
    def global_papay(self) -> GlobalPapayResource:
        """跨境∙代扣 — cross-border entrusted deduction: pre-sign a contract (App, H5, JSAPI, mini"""
        from .global_papay import GlobalPapayResource

        return GlobalPapayResource(self._invoker)

    @cached_property
    def global_pay(self) -> GlobalPayResource:
        """跨境∙支付 — cross-border payments for direct merchants (直连模式): JSAPI/mini-program, App,"""
        from .global_pay import GlobalPayResource

        return GlobalPayResource(self._invoker)

    @cached_property
    def global_profitsharing(self) -> GlobalProfitsharingResource:
        """跨境∙分账 — cross-border profit sharing: mark an order for sharing, split and unfreeze its"""
        from .global_profitsharing import GlobalProfitsharingResource

        return GlobalProfitsharingResource(self._invoker)

    @cached_property
    def global_refunds(self) -> GlobalRefundsResource:
        """跨境∙退款 — cross-border refunds for direct merchants: apply for a refund, query one refund"""
        from .global_refunds import GlobalRefundsResource

        return GlobalRefundsResource(self._invoker)

    @cached_property
    def goods_subsidy(self) -> GoodsSubsidyResource:
        """品牌小店营销 — brand small-shop marketing: list brand add-on-purchase (加价购) activities by"""
        from .goods_subsidy import GoodsSubsidyResource

        return GoodsSubsidyResource(self._invoker)

    @cached_property
    def industry_coupon(self) -> IndustryCouponResource:
        """营销工具∙代扣切卡 — transit-coupon card switch: pre-order the token that opens the quick"""
        from .industry_coupon import IndustryCouponResource

        return IndustryCouponResource(self._invoker)

    @cached_property
    def insurance_pay(self) -> InsurancePayResource:
        """委托代扣∙保险业 — 预约与扣款 (insurance entrusted deduction: schedule a policy period,"""
        from .insurance_pay import InsurancePayResource

        return InsurancePayResource(self._invoker)

    @cached_property
    def insurance_policy(self) -> InsurancePolicyResource:
        """微信保单服务 — insurance policy service for direct merchants of insurance deduction:"""
        from .insurance_policy import InsurancePolicyResource

        return InsurancePolicyResource(self._invoker)

    @cached_property
    def insurance_sign(self) -> InsuranceSignResource:
        """委托代扣∙保险业 — 签约与扣费周期管理 (insurance entrusted deduction: pre-sign, query,"""
        from .insurance_sign import InsuranceSignResource

        return InsuranceSignResource(self._invoker)

    @cached_property
    def lovefeast(self) -> LovefeastResource:
        """爱心餐 — charity-meal programme (a brand's donation and meal totals, a user's donation"""
        from .lovefeast import LovefeastResource

        return LovefeastResource(self._invoker)

    @cached_property
    def marketing_media(self) -> MarketingMediaResource:
        """运营工具∙通用接口 — the marketing image upload (multipart/form-data) returning an image"""
        from .marketing_media import MarketingMediaResource

        return MarketingMediaResource(self._invoker)

    @cached_property
    def marketing_partnerships(self) -> MarketingPartnershipsResource:
        """运营工具∙委托营销 — delegated marketing (authorise another merchant or an AppID to use a"""
        from .marketing_partnerships import MarketingPartnershipsResource

        return MarketingPartnershipsResource(self._invoker)

    @cached_property
    def media(self) -> MediaResource:
        """通用接口∙文件上传 — image and video upload (multipart/form-data) returning a `media_id`"""
        from .media import MediaResource

        return MediaResource(self._invoker)

    @cached_property
    def medical_insurance_pay(self) -> MedicalInsurancePayResource:
        """医保支付 — medical-insurance mixed payment (医保自费混合收款): place an order that combines"""
        from .medical_insurance_pay import MedicalInsurancePayResource

        return MedicalInsurancePayResource(self._invoker)

    @cached_property
    def membercard(self) -> MembercardResource:
        """会员卡 — WeChat Pay member cards (会员卡∙基础功能, 会员卡, 会员卡∙运营投放, 会员卡∙服务项,"""
        from .membercard import MembercardResource

        return MembercardResource(self._invoker)

    @cached_property
    def membercard_activity(self) -> MembercardActivityResource:
        """会员卡∙会员有礼 — member-gift activities of a WeChat membership card (create an activity,"""
        from .membercard_activity import MembercardActivityResource

        return MembercardActivityResource(self._invoker)

    @cached_property
    def merchant_recharge(self) -> MerchantRechargeResource:
        """商家充值 — merchant account top-up by bank transfer: apply for the transfer-in account, then"""
        from .merchant_recharge import MerchantRechargeResource

        return MerchantRechargeResource(self._invoker)

    @cached_property
    def merchant_risk(self) -> MerchantRiskResource:
        """风险管理 — trade risk management: report order-related information before payment, query"""
        from .merchant_risk import MerchantRiskResource

        return MerchantRiskResource(self._invoker)

    @cached_property
    def merchant_store(self) -> MerchantStoreResource:
        """经营工具∙连锁品牌∙门店 — brand stores (read a store registered with WeChat Pay). Path"""
        from .merchant_store import MerchantStoreResource

        return MerchantStoreResource(self._invoker)

    @cached_property
    def multiuse(self) -> MultiuseResource:
        """运营工具∙消费金 — consumption credit (issue a credit of a batch to a real-name-checked"""
        from .multiuse import MultiuseResource

        return MultiuseResource(self._invoker)

    @cached_property
    def papay(self) -> PapayResource:
        """委托代扣 — entrusted deduction for direct merchants (普通商户): pre-sign (Harmony/QR code"""
        from .papay import PapayResource

        return PapayResource(self._invoker)

    @cached_property
    def pay(self) -> PayResource:
        """基础支付 — basic payments for direct merchants (直连商户): place JSAPI (official account"""
        from .pay import PayResource

        return PayResource(self._invoker)

    @cached_property
    def pay_with_contract(self) -> PayWithContractResource:
        """免密支付 / 支付中签约 — password-exempt payment and sign-while-paying for direct merchants:"""
        from .pay_with_contract import PayWithContractResource

        return PayWithContractResource(self._invoker)

    @cached_property
    def paygift(self) -> PaygiftResource:
        """运营工具∙支付有礼 — pay-and-get-a-gift activities (create a store-wide spend-threshold"""
        from .paygift import PaygiftResource

        return PaygiftResource(self._invoker)

    @cached_property
    def payscore(self) -> PayscoreResource:
        """支付分 — WeChat Pay Score service orders for direct merchants (普通商户): create, query,"""
        from .payscore import PayscoreResource

        return PayscoreResource(self._invoker)

    @cached_property
    def payscore_cards(self) -> PayscoreCardsResource:
        """支付分∙先享卡 — WeChat Pay discount cards (微信先享卡): prepare the card claim, add the user's"""
        from .payscore_cards import PayscoreCardsResource

        return PayscoreCardsResource(self._invoker)

    @cached_property
    def payscore_delivery(self) -> PayscoreDeliveryResource:
        """支付分∙先用后付 — WeChat Pay Score pay-on-delivery orders (先用后付): create a service order"""
        from .payscore_delivery import PayscoreDeliveryResource

        return PayscoreDeliveryResource(self._invoker)

    @cached_property
    def payscore_payafter(self) -> PayscorePayafterResource:
        """支付分∙先享后付 — WeChat Pay Score "enjoy first, pay later" orders: create, query, cancel and"""
        from .payscore_payafter import PayscorePayafterResource

        return PayscorePayafterResource(self._invoker)

    @cached_property
    def payscore_permissions(self) -> PayscorePermissionsResource:
        """支付分∙免确认模式 — WeChat Pay Score without order confirmation: pre-authorisation (预授权:"""
        from .payscore_permissions import PayscorePermissionsResource

        return PayscorePermissionsResource(self._invoker)

    @cached_property
    def payscore_plans(self) -> PayscorePlansResource:
        """支付分∙签约计划 — Pay Score plans: create, query and stop a plan (a package of services"""
        from .payscore_plans import PayscorePlansResource

        return PayscorePlansResource(self._invoker)

    @cached_property
    def payscore_smartretail(self) -> PayscoreSmartretailResource:
        """支付分∙智慧零售 — WeChat Pay Score smart-retail orders (unattended shelves and devices):"""
        from .payscore_smartretail import PayscoreSmartretailResource

        return PayscoreSmartretailResource(self._invoker)

    @cached_property
    def power_bank(self) -> PowerBankResource:
        """租用充电宝∙隔夜归还 — overnight-return insurance for power-bank rental: check whether a user"""
        from .power_bank import PowerBankResource

        return PowerBankResource(self._invoker)

    @cached_property
    def profitsharing(self) -> ProfitsharingResource:
        """资金应用∙分账 — profit sharing for direct merchants: split the funds of a paid order"""
        from .profitsharing import ProfitsharingResource

        return ProfitsharingResource(self._invoker)

    @cached_property
    def qrcode_ride(self) -> QrcodeRideResource:
        """乘车服务 — bus and metro ride deduction (公共出行 ride code): check that the user's deduction"""
        from .qrcode_ride import QrcodeRideResource

        return QrcodeRideResource(self._invoker)

    @cached_property
    def refunds(self) -> RefundsResource:
        """基础支付∙退款 — domestic refunds (create, query, handle an abnormal refund). Paths under"""
        from .refunds import RefundsResource

        return RefundsResource(self._invoker)

    @cached_property
    def security_echo(self) -> SecurityEchoResource:
        """商户签名验签／加解密测试 — a test call for request signing, answer verification and field"""
        from .security_echo import SecurityEchoResource

        return SecurityEchoResource(self._invoker)

    @cached_property
    def smartguide(self) -> SmartguideResource:
        """经营工具∙支付即服务 — service staff shown to the user after payment: register, list and"""
        from .smartguide import SmartguideResource

        return SmartguideResource(self._invoker)

    @cached_property
    def transfer_batches(self) -> TransferBatchesResource:
        """资金应用∙转账 — the older batch transfer to users' WeChat balance (商家转账到零钱): create and"""
        from .transfer_batches import TransferBatchesResource

        return TransferBatchesResource(self._invoker)

    @cached_property
    def transfer_bills(self) -> TransferBillsResource:
        """资金应用∙转账∙用户确认模式 — merchant transfers to a user's WeChat balance that the user"""
        from .transfer_bills import TransferBillsResource

        return TransferBillsResource(self._invoker)

    @cached_property
    def transfer_qq_wallet(self) -> TransferQqWalletResource:
        """资金应用∙转账∙QQ钱包 — merchant transfers to a QQ user's QQ wallet (create, query, cancel)."""
        from .transfer_qq_wallet import TransferQqWalletResource

        return TransferQqWalletResource(self._invoker)


class AsyncWeChatPayResources:
    """One attribute per spec tag (Async<Tag>Resource), made on first access."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def aggracct_channel(self) -> AsyncAggracctChannelResource:
        """渠道服务 — the WeBank channel of the aggregated account (聚合账户银行渠道服务): read a ledger"""
        from .aggracct_channel import AsyncAggracctChannelResource

        return AsyncAggracctChannelResource(self._invoker)

    @cached_property
    def bills(self) -> AsyncBillsResource:
        """基础支付∙账单 — trade and fund-flow bills (apply for a bill, then download the file)."""
        from .bills import AsyncBillsResource

        return AsyncBillsResource(self._invoker)

    @cached_property
    def brand_redpacket(self) -> AsyncBrandRedpacketResource:
        """品牌红包 — brand red packets: send a batch of up to 10 brand red packets and look the batch"""
        from .brand_redpacket import AsyncBrandRedpacketResource

        return AsyncBrandRedpacketResource(self._invoker)

    @cached_property
    def busifavor(self) -> AsyncBusifavorResource:
        """运营工具∙商家券 — merchant coupons: create, read and change coupon batches and their budget,"""
        from .busifavor import AsyncBusifavorResource

        return AsyncBusifavorResource(self._invoker)

    @cached_property
    def businesscircle(self) -> AsyncBusinesscircleResource:
        """经营工具∙智慧商圈 — smart business circle (sync members' points and parking state, look up"""
        from .businesscircle import AsyncBusinesscircleResource

        return AsyncBusinesscircleResource(self._invoker)

    @cached_property
    def certificates(self) -> AsyncCertificatesResource:
        """平台证书 — WeChat Pay platform certificates (download the list of platform certificates,"""
        from .certificates import AsyncCertificatesResource

        return AsyncCertificatesResource(self._invoker)

    @cached_property
    def combine_pay(self) -> AsyncCombinePayResource:
        """基础支付∙合单 — combined payments for direct merchants: one payment (one password entry)"""
        from .combine_pay import AsyncCombinePayResource

        return AsyncCombinePayResource(self._invoker)

    @cached_property
    def complaints(self) -> AsyncComplaintsResource:
        """风险合规∙消费者投诉 — consumer complaints 2.0 for direct merchants: register the complaint"""
        from .complaints import AsyncComplaintsResource

        return AsyncComplaintsResource(self._invoker)

    @cached_property
    def consumption_card(self) -> AsyncConsumptionCardResource:
        """运营工具∙消费卡 — send a consumption card, with its set of vouchers, to a user. Path"""
        from .consumption_card import AsyncConsumptionCardResource

        return AsyncConsumptionCardResource(self._invoker)

    @cached_property
    def credit_pay(self) -> AsyncCreditPayResource:
        """微信分付 — WeChat Pay credit (分付) exposure advice: ask whether to show 微信分付 as a payment"""
        from .credit_pay import AsyncCreditPayResource

        return AsyncCreditPayResource(self._invoker)

    @cached_property
    def ebike_papay(self) -> AsyncEbikePapayResource:
        """电动自行车行业代扣 — electric-bicycle charging deduction (retired upstream on 2019-12-16, kept"""
        from .ebike_papay import AsyncEbikePapayResource

        return AsyncEbikePapayResource(self._invoker)

    @cached_property
    def edu_papay(self) -> AsyncEduPapayResource:
        """教育续费通 — education renewal deduction for direct merchants: pre-sign a contract for the"""
        from .edu_papay import AsyncEduPapayResource

        return AsyncEduPapayResource(self._invoker)

    @cached_property
    def edu_star(self) -> AsyncEduStarResource:
        """学生卡身份权益 — 集星光 student identity benefits (look a user's student status up by OpenID"""
        from .edu_star import AsyncEduStarResource

        return AsyncEduStarResource(self._invoker)

    @cached_property
    def fapiao(self) -> AsyncFapiaoResource:
        """经营工具∙电子发票 — electronic fapiao (tax invoices) for direct merchants: card template,"""
        from .fapiao import AsyncFapiaoResource

        return AsyncFapiaoResource(self._invoker)

    @cached_property
    def favor(self) -> AsyncFavorResource:
        """运营工具∙代金券 — WeChat Pay cash coupons: create, activate, pause and restart a coupon"""
        from .favor import AsyncFavorResource

        return AsyncFavorResource(self._invoker)

    @cached_property
    def global_common(self) -> AsyncGlobalCommonResource:
        """跨境 — cross-border common APIs for direct merchants: the cross-border platform"""
        from .global_common import AsyncGlobalCommonResource

        return AsyncGlobalCommonResource(self._invoker)

    @cached_property
    def global_complaints(self) -> AsyncGlobalComplaintsResource:
        """跨境∙消费者投诉 — consumer complaints of cross-border merchants: list complaints and read one"""
        from .global_complaints import AsyncGlobalComplaintsResource

        return AsyncGlobalComplaintsResource(self._invoker)

    @cached_property
    def global_customs(self) -> AsyncGlobalCustomsResource:
        """跨境∙报关 — cross-border customs declaration: declare an order's payment to Chinese customs,"""
        from .global_customs import AsyncGlobalCustomsResource

        return AsyncGlobalCustomsResource(self._invoker)

    @cached_property
    def global_papay(self) -> AsyncGlobalPapayResource:
        """跨境∙代扣 — cross-border entrusted deduction: pre-sign a contract (App, H5, JSAPI, mini"""
        from .global_papay import AsyncGlobalPapayResource

        return AsyncGlobalPapayResource(self._invoker)

    @cached_property
    def global_pay(self) -> AsyncGlobalPayResource:
        """跨境∙支付 — cross-border payments for direct merchants (直连模式): JSAPI/mini-program, App,"""
        from .global_pay import AsyncGlobalPayResource

        return AsyncGlobalPayResource(self._invoker)

    @cached_property
    def global_profitsharing(self) -> AsyncGlobalProfitsharingResource:
        """跨境∙分账 — cross-border profit sharing: mark an order for sharing, split and unfreeze its"""
        from .global_profitsharing import AsyncGlobalProfitsharingResource

        return AsyncGlobalProfitsharingResource(self._invoker)

    @cached_property
    def global_refunds(self) -> AsyncGlobalRefundsResource:
        """跨境∙退款 — cross-border refunds for direct merchants: apply for a refund, query one refund"""
        from .global_refunds import AsyncGlobalRefundsResource

        return AsyncGlobalRefundsResource(self._invoker)

    @cached_property
    def goods_subsidy(self) -> AsyncGoodsSubsidyResource:
        """品牌小店营销 — brand small-shop marketing: list brand add-on-purchase (加价购) activities by"""
        from .goods_subsidy import AsyncGoodsSubsidyResource

        return AsyncGoodsSubsidyResource(self._invoker)

    @cached_property
    def industry_coupon(self) -> AsyncIndustryCouponResource:
        """营销工具∙代扣切卡 — transit-coupon card switch: pre-order the token that opens the quick"""
        from .industry_coupon import AsyncIndustryCouponResource

        return AsyncIndustryCouponResource(self._invoker)

    @cached_property
    def insurance_pay(self) -> AsyncInsurancePayResource:
        """委托代扣∙保险业 — 预约与扣款 (insurance entrusted deduction: schedule a policy period,"""
        from .insurance_pay import AsyncInsurancePayResource

        return AsyncInsurancePayResource(self._invoker)

    @cached_property
    def insurance_policy(self) -> AsyncInsurancePolicyResource:
        """微信保单服务 — insurance policy service for direct merchants of insurance deduction:"""
        from .insurance_policy import AsyncInsurancePolicyResource

        return AsyncInsurancePolicyResource(self._invoker)

    @cached_property
    def insurance_sign(self) -> AsyncInsuranceSignResource:
        """委托代扣∙保险业 — 签约与扣费周期管理 (insurance entrusted deduction: pre-sign, query,"""
        from .insurance_sign import AsyncInsuranceSignResource

        return AsyncInsuranceSignResource(self._invoker)

    @cached_property
    def lovefeast(self) -> AsyncLovefeastResource:
        """爱心餐 — charity-meal programme (a brand's donation and meal totals, a user's donation"""
        from .lovefeast import AsyncLovefeastResource

        return AsyncLovefeastResource(self._invoker)

    @cached_property
    def marketing_media(self) -> AsyncMarketingMediaResource:
        """运营工具∙通用接口 — the marketing image upload (multipart/form-data) returning an image"""
        from .marketing_media import AsyncMarketingMediaResource

        return AsyncMarketingMediaResource(self._invoker)

    @cached_property
    def marketing_partnerships(self) -> AsyncMarketingPartnershipsResource:
        """运营工具∙委托营销 — delegated marketing (authorise another merchant or an AppID to use a"""
        from .marketing_partnerships import AsyncMarketingPartnershipsResource

        return AsyncMarketingPartnershipsResource(self._invoker)

    @cached_property
    def media(self) -> AsyncMediaResource:
        """通用接口∙文件上传 — image and video upload (multipart/form-data) returning a `media_id`"""
        from .media import AsyncMediaResource

        return AsyncMediaResource(self._invoker)

    @cached_property
    def medical_insurance_pay(self) -> AsyncMedicalInsurancePayResource:
        """医保支付 — medical-insurance mixed payment (医保自费混合收款): place an order that combines"""
        from .medical_insurance_pay import AsyncMedicalInsurancePayResource

        return AsyncMedicalInsurancePayResource(self._invoker)

    @cached_property
    def membercard(self) -> AsyncMembercardResource:
        """会员卡 — WeChat Pay member cards (会员卡∙基础功能, 会员卡, 会员卡∙运营投放, 会员卡∙服务项,"""
        from .membercard import AsyncMembercardResource

        return AsyncMembercardResource(self._invoker)

    @cached_property
    def membercard_activity(self) -> AsyncMembercardActivityResource:
        """会员卡∙会员有礼 — member-gift activities of a WeChat membership card (create an activity,"""
        from .membercard_activity import AsyncMembercardActivityResource

        return AsyncMembercardActivityResource(self._invoker)

    @cached_property
    def merchant_recharge(self) -> AsyncMerchantRechargeResource:
        """商家充值 — merchant account top-up by bank transfer: apply for the transfer-in account, then"""
        from .merchant_recharge import AsyncMerchantRechargeResource

        return AsyncMerchantRechargeResource(self._invoker)

    @cached_property
    def merchant_risk(self) -> AsyncMerchantRiskResource:
        """风险管理 — trade risk management: report order-related information before payment, query"""
        from .merchant_risk import AsyncMerchantRiskResource

        return AsyncMerchantRiskResource(self._invoker)

    @cached_property
    def merchant_store(self) -> AsyncMerchantStoreResource:
        """经营工具∙连锁品牌∙门店 — brand stores (read a store registered with WeChat Pay). Path"""
        from .merchant_store import AsyncMerchantStoreResource

        return AsyncMerchantStoreResource(self._invoker)

    @cached_property
    def multiuse(self) -> AsyncMultiuseResource:
        """运营工具∙消费金 — consumption credit (issue a credit of a batch to a real-name-checked"""
        from .multiuse import AsyncMultiuseResource

        return AsyncMultiuseResource(self._invoker)

    @cached_property
    def papay(self) -> AsyncPapayResource:
        """委托代扣 — entrusted deduction for direct merchants (普通商户): pre-sign (Harmony/QR code"""
        from .papay import AsyncPapayResource

        return AsyncPapayResource(self._invoker)

    @cached_property
    def pay(self) -> AsyncPayResource:
        """基础支付 — basic payments for direct merchants (直连商户): place JSAPI (official account"""
        from .pay import AsyncPayResource

        return AsyncPayResource(self._invoker)

    @cached_property
    def pay_with_contract(self) -> AsyncPayWithContractResource:
        """免密支付 / 支付中签约 — password-exempt payment and sign-while-paying for direct merchants:"""
        from .pay_with_contract import AsyncPayWithContractResource

        return AsyncPayWithContractResource(self._invoker)

    @cached_property
    def paygift(self) -> AsyncPaygiftResource:
        """运营工具∙支付有礼 — pay-and-get-a-gift activities (create a store-wide spend-threshold"""
        from .paygift import AsyncPaygiftResource

        return AsyncPaygiftResource(self._invoker)

    @cached_property
    def payscore(self) -> AsyncPayscoreResource:
        """支付分 — WeChat Pay Score service orders for direct merchants (普通商户): create, query,"""
        from .payscore import AsyncPayscoreResource

        return AsyncPayscoreResource(self._invoker)

    @cached_property
    def payscore_cards(self) -> AsyncPayscoreCardsResource:
        """支付分∙先享卡 — WeChat Pay discount cards (微信先享卡): prepare the card claim, add the user's"""
        from .payscore_cards import AsyncPayscoreCardsResource

        return AsyncPayscoreCardsResource(self._invoker)

    @cached_property
    def payscore_delivery(self) -> AsyncPayscoreDeliveryResource:
        """支付分∙先用后付 — WeChat Pay Score pay-on-delivery orders (先用后付): create a service order"""
        from .payscore_delivery import AsyncPayscoreDeliveryResource

        return AsyncPayscoreDeliveryResource(self._invoker)

    @cached_property
    def payscore_payafter(self) -> AsyncPayscorePayafterResource:
        """支付分∙先享后付 — WeChat Pay Score "enjoy first, pay later" orders: create, query, cancel and"""
        from .payscore_payafter import AsyncPayscorePayafterResource

        return AsyncPayscorePayafterResource(self._invoker)

    @cached_property
    def payscore_permissions(self) -> AsyncPayscorePermissionsResource:
        """支付分∙免确认模式 — WeChat Pay Score without order confirmation: pre-authorisation (预授权:"""
        from .payscore_permissions import AsyncPayscorePermissionsResource

        return AsyncPayscorePermissionsResource(self._invoker)

    @cached_property
    def payscore_plans(self) -> AsyncPayscorePlansResource:
        """支付分∙签约计划 — Pay Score plans: create, query and stop a plan (a package of services"""
        from .payscore_plans import AsyncPayscorePlansResource

        return AsyncPayscorePlansResource(self._invoker)

    @cached_property
    def payscore_smartretail(self) -> AsyncPayscoreSmartretailResource:
        """支付分∙智慧零售 — WeChat Pay Score smart-retail orders (unattended shelves and devices):"""
        from .payscore_smartretail import AsyncPayscoreSmartretailResource

        return AsyncPayscoreSmartretailResource(self._invoker)

    @cached_property
    def power_bank(self) -> AsyncPowerBankResource:
        """租用充电宝∙隔夜归还 — overnight-return insurance for power-bank rental: check whether a user"""
        from .power_bank import AsyncPowerBankResource

        return AsyncPowerBankResource(self._invoker)

    @cached_property
    def profitsharing(self) -> AsyncProfitsharingResource:
        """资金应用∙分账 — profit sharing for direct merchants: split the funds of a paid order"""
        from .profitsharing import AsyncProfitsharingResource

        return AsyncProfitsharingResource(self._invoker)

    @cached_property
    def qrcode_ride(self) -> AsyncQrcodeRideResource:
        """乘车服务 — bus and metro ride deduction (公共出行 ride code): check that the user's deduction"""
        from .qrcode_ride import AsyncQrcodeRideResource

        return AsyncQrcodeRideResource(self._invoker)

    @cached_property
    def refunds(self) -> AsyncRefundsResource:
        """基础支付∙退款 — domestic refunds (create, query, handle an abnormal refund). Paths under"""
        from .refunds import AsyncRefundsResource

        return AsyncRefundsResource(self._invoker)

    @cached_property
    def security_echo(self) -> AsyncSecurityEchoResource:
        """商户签名验签／加解密测试 — a test call for request signing, answer verification and field"""
        from .security_echo import AsyncSecurityEchoResource

        return AsyncSecurityEchoResource(self._invoker)

    @cached_property
    def smartguide(self) -> AsyncSmartguideResource:
        """经营工具∙支付即服务 — service staff shown to the user after payment: register, list and"""
        from .smartguide import AsyncSmartguideResource

        return AsyncSmartguideResource(self._invoker)

    @cached_property
    def transfer_batches(self) -> AsyncTransferBatchesResource:
        """资金应用∙转账 — the older batch transfer to users' WeChat balance (商家转账到零钱): create and"""
        from .transfer_batches import AsyncTransferBatchesResource

        return AsyncTransferBatchesResource(self._invoker)

    @cached_property
    def transfer_bills(self) -> AsyncTransferBillsResource:
        """资金应用∙转账∙用户确认模式 — merchant transfers to a user's WeChat balance that the user"""
        from .transfer_bills import AsyncTransferBillsResource

        return AsyncTransferBillsResource(self._invoker)

    @cached_property
    def transfer_qq_wallet(self) -> AsyncTransferQqWalletResource:
        """资金应用∙转账∙QQ钱包 — merchant transfers to a QQ user's QQ wallet (create, query, cancel)."""
        from .transfer_qq_wallet import AsyncTransferQqWalletResource

        return AsyncTransferQqWalletResource(self._invoker)


class WeChatPayResourcesWithRawResponse:
    """One attribute per spec tag (<Tag>ResourceWithRawResponse), made on first access."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def aggracct_channel(self) -> AggracctChannelResourceWithRawResponse:
        """渠道服务 — the WeBank channel of the aggregated account (聚合账户银行渠道服务): read a ledger"""
        from .aggracct_channel import AggracctChannelResourceWithRawResponse

        return AggracctChannelResourceWithRawResponse(self._invoker)

    @cached_property
    def bills(self) -> BillsResourceWithRawResponse:
        """基础支付∙账单 — trade and fund-flow bills (apply for a bill, then download the file)."""
        from .bills import BillsResourceWithRawResponse

        return BillsResourceWithRawResponse(self._invoker)

    @cached_property
    def brand_redpacket(self) -> BrandRedpacketResourceWithRawResponse:
        """品牌红包 — brand red packets: send a batch of up to 10 brand red packets and look the batch"""
        from .brand_redpacket import BrandRedpacketResourceWithRawResponse

        return BrandRedpacketResourceWithRawResponse(self._invoker)

    @cached_property
    def busifavor(self) -> BusifavorResourceWithRawResponse:
        """运营工具∙商家券 — merchant coupons: create, read and change coupon batches and their budget,"""
        from .busifavor import BusifavorResourceWithRawResponse

        return BusifavorResourceWithRawResponse(self._invoker)

    @cached_property
    def businesscircle(self) -> BusinesscircleResourceWithRawResponse:
        """经营工具∙智慧商圈 — smart business circle (sync members' points and parking state, look up"""
        from .businesscircle import BusinesscircleResourceWithRawResponse

        return BusinesscircleResourceWithRawResponse(self._invoker)

    @cached_property
    def certificates(self) -> CertificatesResourceWithRawResponse:
        """平台证书 — WeChat Pay platform certificates (download the list of platform certificates,"""
        from .certificates import CertificatesResourceWithRawResponse

        return CertificatesResourceWithRawResponse(self._invoker)

    @cached_property
    def combine_pay(self) -> CombinePayResourceWithRawResponse:
        """基础支付∙合单 — combined payments for direct merchants: one payment (one password entry)"""
        from .combine_pay import CombinePayResourceWithRawResponse

        return CombinePayResourceWithRawResponse(self._invoker)

    @cached_property
    def complaints(self) -> ComplaintsResourceWithRawResponse:
        """风险合规∙消费者投诉 — consumer complaints 2.0 for direct merchants: register the complaint"""
        from .complaints import ComplaintsResourceWithRawResponse

        return ComplaintsResourceWithRawResponse(self._invoker)

    @cached_property
    def consumption_card(self) -> ConsumptionCardResourceWithRawResponse:
        """运营工具∙消费卡 — send a consumption card, with its set of vouchers, to a user. Path"""
        from .consumption_card import ConsumptionCardResourceWithRawResponse

        return ConsumptionCardResourceWithRawResponse(self._invoker)

    @cached_property
    def credit_pay(self) -> CreditPayResourceWithRawResponse:
        """微信分付 — WeChat Pay credit (分付) exposure advice: ask whether to show 微信分付 as a payment"""
        from .credit_pay import CreditPayResourceWithRawResponse

        return CreditPayResourceWithRawResponse(self._invoker)

    @cached_property
    def ebike_papay(self) -> EbikePapayResourceWithRawResponse:
        """电动自行车行业代扣 — electric-bicycle charging deduction (retired upstream on 2019-12-16, kept"""
        from .ebike_papay import EbikePapayResourceWithRawResponse

        return EbikePapayResourceWithRawResponse(self._invoker)

    @cached_property
    def edu_papay(self) -> EduPapayResourceWithRawResponse:
        """教育续费通 — education renewal deduction for direct merchants: pre-sign a contract for the"""
        from .edu_papay import EduPapayResourceWithRawResponse

        return EduPapayResourceWithRawResponse(self._invoker)

    @cached_property
    def edu_star(self) -> EduStarResourceWithRawResponse:
        """学生卡身份权益 — 集星光 student identity benefits (look a user's student status up by OpenID"""
        from .edu_star import EduStarResourceWithRawResponse

        return EduStarResourceWithRawResponse(self._invoker)

    @cached_property
    def fapiao(self) -> FapiaoResourceWithRawResponse:
        """经营工具∙电子发票 — electronic fapiao (tax invoices) for direct merchants: card template,"""
        from .fapiao import FapiaoResourceWithRawResponse

        return FapiaoResourceWithRawResponse(self._invoker)

    @cached_property
    def favor(self) -> FavorResourceWithRawResponse:
        """运营工具∙代金券 — WeChat Pay cash coupons: create, activate, pause and restart a coupon"""
        from .favor import FavorResourceWithRawResponse

        return FavorResourceWithRawResponse(self._invoker)

    @cached_property
    def global_common(self) -> GlobalCommonResourceWithRawResponse:
        """跨境 — cross-border common APIs for direct merchants: the cross-border platform"""
        from .global_common import GlobalCommonResourceWithRawResponse

        return GlobalCommonResourceWithRawResponse(self._invoker)

    @cached_property
    def global_complaints(self) -> GlobalComplaintsResourceWithRawResponse:
        """跨境∙消费者投诉 — consumer complaints of cross-border merchants: list complaints and read one"""
        from .global_complaints import GlobalComplaintsResourceWithRawResponse

        return GlobalComplaintsResourceWithRawResponse(self._invoker)

    @cached_property
    def global_customs(self) -> GlobalCustomsResourceWithRawResponse:
        """跨境∙报关 — cross-border customs declaration: declare an order's payment to Chinese customs,"""
        from .global_customs import GlobalCustomsResourceWithRawResponse

        return GlobalCustomsResourceWithRawResponse(self._invoker)

    @cached_property
    def global_papay(self) -> GlobalPapayResourceWithRawResponse:
        """跨境∙代扣 — cross-border entrusted deduction: pre-sign a contract (App, H5, JSAPI, mini"""
        from .global_papay import GlobalPapayResourceWithRawResponse

        return GlobalPapayResourceWithRawResponse(self._invoker)

    @cached_property
    def global_pay(self) -> GlobalPayResourceWithRawResponse:
        """跨境∙支付 — cross-border payments for direct merchants (直连模式): JSAPI/mini-program, App,"""
        from .global_pay import GlobalPayResourceWithRawResponse

        return GlobalPayResourceWithRawResponse(self._invoker)

    @cached_property
    def global_profitsharing(self) -> GlobalProfitsharingResourceWithRawResponse:
        """跨境∙分账 — cross-border profit sharing: mark an order for sharing, split and unfreeze its"""
        from .global_profitsharing import GlobalProfitsharingResourceWithRawResponse

        return GlobalProfitsharingResourceWithRawResponse(self._invoker)

    @cached_property
    def global_refunds(self) -> GlobalRefundsResourceWithRawResponse:
        """跨境∙退款 — cross-border refunds for direct merchants: apply for a refund, query one refund"""
        from .global_refunds import GlobalRefundsResourceWithRawResponse

        return GlobalRefundsResourceWithRawResponse(self._invoker)

    @cached_property
    def goods_subsidy(self) -> GoodsSubsidyResourceWithRawResponse:
        """品牌小店营销 — brand small-shop marketing: list brand add-on-purchase (加价购) activities by"""
        from .goods_subsidy import GoodsSubsidyResourceWithRawResponse

        return GoodsSubsidyResourceWithRawResponse(self._invoker)

    @cached_property
    def industry_coupon(self) -> IndustryCouponResourceWithRawResponse:
        """营销工具∙代扣切卡 — transit-coupon card switch: pre-order the token that opens the quick"""
        from .industry_coupon import IndustryCouponResourceWithRawResponse

        return IndustryCouponResourceWithRawResponse(self._invoker)

    @cached_property
    def insurance_pay(self) -> InsurancePayResourceWithRawResponse:
        """委托代扣∙保险业 — 预约与扣款 (insurance entrusted deduction: schedule a policy period,"""
        from .insurance_pay import InsurancePayResourceWithRawResponse

        return InsurancePayResourceWithRawResponse(self._invoker)

    @cached_property
    def insurance_policy(self) -> InsurancePolicyResourceWithRawResponse:
        """微信保单服务 — insurance policy service for direct merchants of insurance deduction:"""
        from .insurance_policy import InsurancePolicyResourceWithRawResponse

        return InsurancePolicyResourceWithRawResponse(self._invoker)

    @cached_property
    def insurance_sign(self) -> InsuranceSignResourceWithRawResponse:
        """委托代扣∙保险业 — 签约与扣费周期管理 (insurance entrusted deduction: pre-sign, query,"""
        from .insurance_sign import InsuranceSignResourceWithRawResponse

        return InsuranceSignResourceWithRawResponse(self._invoker)

    @cached_property
    def lovefeast(self) -> LovefeastResourceWithRawResponse:
        """爱心餐 — charity-meal programme (a brand's donation and meal totals, a user's donation"""
        from .lovefeast import LovefeastResourceWithRawResponse

        return LovefeastResourceWithRawResponse(self._invoker)

    @cached_property
    def marketing_media(self) -> MarketingMediaResourceWithRawResponse:
        """运营工具∙通用接口 — the marketing image upload (multipart/form-data) returning an image"""
        from .marketing_media import MarketingMediaResourceWithRawResponse

        return MarketingMediaResourceWithRawResponse(self._invoker)

    @cached_property
    def marketing_partnerships(self) -> MarketingPartnershipsResourceWithRawResponse:
        """运营工具∙委托营销 — delegated marketing (authorise another merchant or an AppID to use a"""
        from .marketing_partnerships import MarketingPartnershipsResourceWithRawResponse

        return MarketingPartnershipsResourceWithRawResponse(self._invoker)

    @cached_property
    def media(self) -> MediaResourceWithRawResponse:
        """通用接口∙文件上传 — image and video upload (multipart/form-data) returning a `media_id`"""
        from .media import MediaResourceWithRawResponse

        return MediaResourceWithRawResponse(self._invoker)

    @cached_property
    def medical_insurance_pay(self) -> MedicalInsurancePayResourceWithRawResponse:
        """医保支付 — medical-insurance mixed payment (医保自费混合收款): place an order that combines"""
        from .medical_insurance_pay import MedicalInsurancePayResourceWithRawResponse

        return MedicalInsurancePayResourceWithRawResponse(self._invoker)

    @cached_property
    def membercard(self) -> MembercardResourceWithRawResponse:
        """会员卡 — WeChat Pay member cards (会员卡∙基础功能, 会员卡, 会员卡∙运营投放, 会员卡∙服务项,"""
        from .membercard import MembercardResourceWithRawResponse

        return MembercardResourceWithRawResponse(self._invoker)

    @cached_property
    def membercard_activity(self) -> MembercardActivityResourceWithRawResponse:
        """会员卡∙会员有礼 — member-gift activities of a WeChat membership card (create an activity,"""
        from .membercard_activity import MembercardActivityResourceWithRawResponse

        return MembercardActivityResourceWithRawResponse(self._invoker)

    @cached_property
    def merchant_recharge(self) -> MerchantRechargeResourceWithRawResponse:
        """商家充值 — merchant account top-up by bank transfer: apply for the transfer-in account, then"""
        from .merchant_recharge import MerchantRechargeResourceWithRawResponse

        return MerchantRechargeResourceWithRawResponse(self._invoker)

    @cached_property
    def merchant_risk(self) -> MerchantRiskResourceWithRawResponse:
        """风险管理 — trade risk management: report order-related information before payment, query"""
        from .merchant_risk import MerchantRiskResourceWithRawResponse

        return MerchantRiskResourceWithRawResponse(self._invoker)

    @cached_property
    def merchant_store(self) -> MerchantStoreResourceWithRawResponse:
        """经营工具∙连锁品牌∙门店 — brand stores (read a store registered with WeChat Pay). Path"""
        from .merchant_store import MerchantStoreResourceWithRawResponse

        return MerchantStoreResourceWithRawResponse(self._invoker)

    @cached_property
    def multiuse(self) -> MultiuseResourceWithRawResponse:
        """运营工具∙消费金 — consumption credit (issue a credit of a batch to a real-name-checked"""
        from .multiuse import MultiuseResourceWithRawResponse

        return MultiuseResourceWithRawResponse(self._invoker)

    @cached_property
    def papay(self) -> PapayResourceWithRawResponse:
        """委托代扣 — entrusted deduction for direct merchants (普通商户): pre-sign (Harmony/QR code"""
        from .papay import PapayResourceWithRawResponse

        return PapayResourceWithRawResponse(self._invoker)

    @cached_property
    def pay(self) -> PayResourceWithRawResponse:
        """基础支付 — basic payments for direct merchants (直连商户): place JSAPI (official account"""
        from .pay import PayResourceWithRawResponse

        return PayResourceWithRawResponse(self._invoker)

    @cached_property
    def pay_with_contract(self) -> PayWithContractResourceWithRawResponse:
        """免密支付 / 支付中签约 — password-exempt payment and sign-while-paying for direct merchants:"""
        from .pay_with_contract import PayWithContractResourceWithRawResponse

        return PayWithContractResourceWithRawResponse(self._invoker)

    @cached_property
    def paygift(self) -> PaygiftResourceWithRawResponse:
        """运营工具∙支付有礼 — pay-and-get-a-gift activities (create a store-wide spend-threshold"""
        from .paygift import PaygiftResourceWithRawResponse

        return PaygiftResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore(self) -> PayscoreResourceWithRawResponse:
        """支付分 — WeChat Pay Score service orders for direct merchants (普通商户): create, query,"""
        from .payscore import PayscoreResourceWithRawResponse

        return PayscoreResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_cards(self) -> PayscoreCardsResourceWithRawResponse:
        """支付分∙先享卡 — WeChat Pay discount cards (微信先享卡): prepare the card claim, add the user's"""
        from .payscore_cards import PayscoreCardsResourceWithRawResponse

        return PayscoreCardsResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_delivery(self) -> PayscoreDeliveryResourceWithRawResponse:
        """支付分∙先用后付 — WeChat Pay Score pay-on-delivery orders (先用后付): create a service order"""
        from .payscore_delivery import PayscoreDeliveryResourceWithRawResponse

        return PayscoreDeliveryResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_payafter(self) -> PayscorePayafterResourceWithRawResponse:
        """支付分∙先享后付 — WeChat Pay Score "enjoy first, pay later" orders: create, query, cancel and"""
        from .payscore_payafter import PayscorePayafterResourceWithRawResponse

        return PayscorePayafterResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_permissions(self) -> PayscorePermissionsResourceWithRawResponse:
        """支付分∙免确认模式 — WeChat Pay Score without order confirmation: pre-authorisation (预授权:"""
        from .payscore_permissions import PayscorePermissionsResourceWithRawResponse

        return PayscorePermissionsResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_plans(self) -> PayscorePlansResourceWithRawResponse:
        """支付分∙签约计划 — Pay Score plans: create, query and stop a plan (a package of services"""
        from .payscore_plans import PayscorePlansResourceWithRawResponse

        return PayscorePlansResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_smartretail(self) -> PayscoreSmartretailResourceWithRawResponse:
        """支付分∙智慧零售 — WeChat Pay Score smart-retail orders (unattended shelves and devices):"""
        from .payscore_smartretail import PayscoreSmartretailResourceWithRawResponse

        return PayscoreSmartretailResourceWithRawResponse(self._invoker)

    @cached_property
    def power_bank(self) -> PowerBankResourceWithRawResponse:
        """租用充电宝∙隔夜归还 — overnight-return insurance for power-bank rental: check whether a user"""
        from .power_bank import PowerBankResourceWithRawResponse

        return PowerBankResourceWithRawResponse(self._invoker)

    @cached_property
    def profitsharing(self) -> ProfitsharingResourceWithRawResponse:
        """资金应用∙分账 — profit sharing for direct merchants: split the funds of a paid order"""
        from .profitsharing import ProfitsharingResourceWithRawResponse

        return ProfitsharingResourceWithRawResponse(self._invoker)

    @cached_property
    def qrcode_ride(self) -> QrcodeRideResourceWithRawResponse:
        """乘车服务 — bus and metro ride deduction (公共出行 ride code): check that the user's deduction"""
        from .qrcode_ride import QrcodeRideResourceWithRawResponse

        return QrcodeRideResourceWithRawResponse(self._invoker)

    @cached_property
    def refunds(self) -> RefundsResourceWithRawResponse:
        """基础支付∙退款 — domestic refunds (create, query, handle an abnormal refund). Paths under"""
        from .refunds import RefundsResourceWithRawResponse

        return RefundsResourceWithRawResponse(self._invoker)

    @cached_property
    def security_echo(self) -> SecurityEchoResourceWithRawResponse:
        """商户签名验签／加解密测试 — a test call for request signing, answer verification and field"""
        from .security_echo import SecurityEchoResourceWithRawResponse

        return SecurityEchoResourceWithRawResponse(self._invoker)

    @cached_property
    def smartguide(self) -> SmartguideResourceWithRawResponse:
        """经营工具∙支付即服务 — service staff shown to the user after payment: register, list and"""
        from .smartguide import SmartguideResourceWithRawResponse

        return SmartguideResourceWithRawResponse(self._invoker)

    @cached_property
    def transfer_batches(self) -> TransferBatchesResourceWithRawResponse:
        """资金应用∙转账 — the older batch transfer to users' WeChat balance (商家转账到零钱): create and"""
        from .transfer_batches import TransferBatchesResourceWithRawResponse

        return TransferBatchesResourceWithRawResponse(self._invoker)

    @cached_property
    def transfer_bills(self) -> TransferBillsResourceWithRawResponse:
        """资金应用∙转账∙用户确认模式 — merchant transfers to a user's WeChat balance that the user"""
        from .transfer_bills import TransferBillsResourceWithRawResponse

        return TransferBillsResourceWithRawResponse(self._invoker)

    @cached_property
    def transfer_qq_wallet(self) -> TransferQqWalletResourceWithRawResponse:
        """资金应用∙转账∙QQ钱包 — merchant transfers to a QQ user's QQ wallet (create, query, cancel)."""
        from .transfer_qq_wallet import TransferQqWalletResourceWithRawResponse

        return TransferQqWalletResourceWithRawResponse(self._invoker)


class AsyncWeChatPayResourcesWithRawResponse:
    """One attribute per spec tag (Async<Tag>ResourceWithRawResponse), made on first access."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def aggracct_channel(self) -> AsyncAggracctChannelResourceWithRawResponse:
        """渠道服务 — the WeBank channel of the aggregated account (聚合账户银行渠道服务): read a ledger"""
        from .aggracct_channel import AsyncAggracctChannelResourceWithRawResponse

        return AsyncAggracctChannelResourceWithRawResponse(self._invoker)

    @cached_property
    def bills(self) -> AsyncBillsResourceWithRawResponse:
        """基础支付∙账单 — trade and fund-flow bills (apply for a bill, then download the file)."""
        from .bills import AsyncBillsResourceWithRawResponse

        return AsyncBillsResourceWithRawResponse(self._invoker)

    @cached_property
    def brand_redpacket(self) -> AsyncBrandRedpacketResourceWithRawResponse:
        """品牌红包 — brand red packets: send a batch of up to 10 brand red packets and look the batch"""
        from .brand_redpacket import AsyncBrandRedpacketResourceWithRawResponse

        return AsyncBrandRedpacketResourceWithRawResponse(self._invoker)

    @cached_property
    def busifavor(self) -> AsyncBusifavorResourceWithRawResponse:
        """运营工具∙商家券 — merchant coupons: create, read and change coupon batches and their budget,"""
        from .busifavor import AsyncBusifavorResourceWithRawResponse

        return AsyncBusifavorResourceWithRawResponse(self._invoker)

    @cached_property
    def businesscircle(self) -> AsyncBusinesscircleResourceWithRawResponse:
        """经营工具∙智慧商圈 — smart business circle (sync members' points and parking state, look up"""
        from .businesscircle import AsyncBusinesscircleResourceWithRawResponse

        return AsyncBusinesscircleResourceWithRawResponse(self._invoker)

    @cached_property
    def certificates(self) -> AsyncCertificatesResourceWithRawResponse:
        """平台证书 — WeChat Pay platform certificates (download the list of platform certificates,"""
        from .certificates import AsyncCertificatesResourceWithRawResponse

        return AsyncCertificatesResourceWithRawResponse(self._invoker)

    @cached_property
    def combine_pay(self) -> AsyncCombinePayResourceWithRawResponse:
        """基础支付∙合单 — combined payments for direct merchants: one payment (one password entry)"""
        from .combine_pay import AsyncCombinePayResourceWithRawResponse

        return AsyncCombinePayResourceWithRawResponse(self._invoker)

    @cached_property
    def complaints(self) -> AsyncComplaintsResourceWithRawResponse:
        """风险合规∙消费者投诉 — consumer complaints 2.0 for direct merchants: register the complaint"""
        from .complaints import AsyncComplaintsResourceWithRawResponse

        return AsyncComplaintsResourceWithRawResponse(self._invoker)

    @cached_property
    def consumption_card(self) -> AsyncConsumptionCardResourceWithRawResponse:
        """运营工具∙消费卡 — send a consumption card, with its set of vouchers, to a user. Path"""
        from .consumption_card import AsyncConsumptionCardResourceWithRawResponse

        return AsyncConsumptionCardResourceWithRawResponse(self._invoker)

    @cached_property
    def credit_pay(self) -> AsyncCreditPayResourceWithRawResponse:
        """微信分付 — WeChat Pay credit (分付) exposure advice: ask whether to show 微信分付 as a payment"""
        from .credit_pay import AsyncCreditPayResourceWithRawResponse

        return AsyncCreditPayResourceWithRawResponse(self._invoker)

    @cached_property
    def ebike_papay(self) -> AsyncEbikePapayResourceWithRawResponse:
        """电动自行车行业代扣 — electric-bicycle charging deduction (retired upstream on 2019-12-16, kept"""
        from .ebike_papay import AsyncEbikePapayResourceWithRawResponse

        return AsyncEbikePapayResourceWithRawResponse(self._invoker)

    @cached_property
    def edu_papay(self) -> AsyncEduPapayResourceWithRawResponse:
        """教育续费通 — education renewal deduction for direct merchants: pre-sign a contract for the"""
        from .edu_papay import AsyncEduPapayResourceWithRawResponse

        return AsyncEduPapayResourceWithRawResponse(self._invoker)

    @cached_property
    def edu_star(self) -> AsyncEduStarResourceWithRawResponse:
        """学生卡身份权益 — 集星光 student identity benefits (look a user's student status up by OpenID"""
        from .edu_star import AsyncEduStarResourceWithRawResponse

        return AsyncEduStarResourceWithRawResponse(self._invoker)

    @cached_property
    def fapiao(self) -> AsyncFapiaoResourceWithRawResponse:
        """经营工具∙电子发票 — electronic fapiao (tax invoices) for direct merchants: card template,"""
        from .fapiao import AsyncFapiaoResourceWithRawResponse

        return AsyncFapiaoResourceWithRawResponse(self._invoker)

    @cached_property
    def favor(self) -> AsyncFavorResourceWithRawResponse:
        """运营工具∙代金券 — WeChat Pay cash coupons: create, activate, pause and restart a coupon"""
        from .favor import AsyncFavorResourceWithRawResponse

        return AsyncFavorResourceWithRawResponse(self._invoker)

    @cached_property
    def global_common(self) -> AsyncGlobalCommonResourceWithRawResponse:
        """跨境 — cross-border common APIs for direct merchants: the cross-border platform"""
        from .global_common import AsyncGlobalCommonResourceWithRawResponse

        return AsyncGlobalCommonResourceWithRawResponse(self._invoker)

    @cached_property
    def global_complaints(self) -> AsyncGlobalComplaintsResourceWithRawResponse:
        """跨境∙消费者投诉 — consumer complaints of cross-border merchants: list complaints and read one"""
        from .global_complaints import AsyncGlobalComplaintsResourceWithRawResponse

        return AsyncGlobalComplaintsResourceWithRawResponse(self._invoker)

    @cached_property
    def global_customs(self) -> AsyncGlobalCustomsResourceWithRawResponse:
        """跨境∙报关 — cross-border customs declaration: declare an order's payment to Chinese customs,"""
        from .global_customs import AsyncGlobalCustomsResourceWithRawResponse

        return AsyncGlobalCustomsResourceWithRawResponse(self._invoker)

    @cached_property
    def global_papay(self) -> AsyncGlobalPapayResourceWithRawResponse:
        """跨境∙代扣 — cross-border entrusted deduction: pre-sign a contract (App, H5, JSAPI, mini"""
        from .global_papay import AsyncGlobalPapayResourceWithRawResponse

        return AsyncGlobalPapayResourceWithRawResponse(self._invoker)

    @cached_property
    def global_pay(self) -> AsyncGlobalPayResourceWithRawResponse:
        """跨境∙支付 — cross-border payments for direct merchants (直连模式): JSAPI/mini-program, App,"""
        from .global_pay import AsyncGlobalPayResourceWithRawResponse

        return AsyncGlobalPayResourceWithRawResponse(self._invoker)

    @cached_property
    def global_profitsharing(self) -> AsyncGlobalProfitsharingResourceWithRawResponse:
        """跨境∙分账 — cross-border profit sharing: mark an order for sharing, split and unfreeze its"""
        from .global_profitsharing import AsyncGlobalProfitsharingResourceWithRawResponse

        return AsyncGlobalProfitsharingResourceWithRawResponse(self._invoker)

    @cached_property
    def global_refunds(self) -> AsyncGlobalRefundsResourceWithRawResponse:
        """跨境∙退款 — cross-border refunds for direct merchants: apply for a refund, query one refund"""
        from .global_refunds import AsyncGlobalRefundsResourceWithRawResponse

        return AsyncGlobalRefundsResourceWithRawResponse(self._invoker)

    @cached_property
    def goods_subsidy(self) -> AsyncGoodsSubsidyResourceWithRawResponse:
        """品牌小店营销 — brand small-shop marketing: list brand add-on-purchase (加价购) activities by"""
        from .goods_subsidy import AsyncGoodsSubsidyResourceWithRawResponse

        return AsyncGoodsSubsidyResourceWithRawResponse(self._invoker)

    @cached_property
    def industry_coupon(self) -> AsyncIndustryCouponResourceWithRawResponse:
        """营销工具∙代扣切卡 — transit-coupon card switch: pre-order the token that opens the quick"""
        from .industry_coupon import AsyncIndustryCouponResourceWithRawResponse

        return AsyncIndustryCouponResourceWithRawResponse(self._invoker)

    @cached_property
    def insurance_pay(self) -> AsyncInsurancePayResourceWithRawResponse:
        """委托代扣∙保险业 — 预约与扣款 (insurance entrusted deduction: schedule a policy period,"""
        from .insurance_pay import AsyncInsurancePayResourceWithRawResponse

        return AsyncInsurancePayResourceWithRawResponse(self._invoker)

    @cached_property
    def insurance_policy(self) -> AsyncInsurancePolicyResourceWithRawResponse:
        """微信保单服务 — insurance policy service for direct merchants of insurance deduction:"""
        from .insurance_policy import AsyncInsurancePolicyResourceWithRawResponse

        return AsyncInsurancePolicyResourceWithRawResponse(self._invoker)

    @cached_property
    def insurance_sign(self) -> AsyncInsuranceSignResourceWithRawResponse:
        """委托代扣∙保险业 — 签约与扣费周期管理 (insurance entrusted deduction: pre-sign, query,"""
        from .insurance_sign import AsyncInsuranceSignResourceWithRawResponse

        return AsyncInsuranceSignResourceWithRawResponse(self._invoker)

    @cached_property
    def lovefeast(self) -> AsyncLovefeastResourceWithRawResponse:
        """爱心餐 — charity-meal programme (a brand's donation and meal totals, a user's donation"""
        from .lovefeast import AsyncLovefeastResourceWithRawResponse

        return AsyncLovefeastResourceWithRawResponse(self._invoker)

    @cached_property
    def marketing_media(self) -> AsyncMarketingMediaResourceWithRawResponse:
        """运营工具∙通用接口 — the marketing image upload (multipart/form-data) returning an image"""
        from .marketing_media import AsyncMarketingMediaResourceWithRawResponse

        return AsyncMarketingMediaResourceWithRawResponse(self._invoker)

    @cached_property
    def marketing_partnerships(self) -> AsyncMarketingPartnershipsResourceWithRawResponse:
        """运营工具∙委托营销 — delegated marketing (authorise another merchant or an AppID to use a"""
        from .marketing_partnerships import AsyncMarketingPartnershipsResourceWithRawResponse

        return AsyncMarketingPartnershipsResourceWithRawResponse(self._invoker)

    @cached_property
    def media(self) -> AsyncMediaResourceWithRawResponse:
        """通用接口∙文件上传 — image and video upload (multipart/form-data) returning a `media_id`"""
        from .media import AsyncMediaResourceWithRawResponse

        return AsyncMediaResourceWithRawResponse(self._invoker)

    @cached_property
    def medical_insurance_pay(self) -> AsyncMedicalInsurancePayResourceWithRawResponse:
        """医保支付 — medical-insurance mixed payment (医保自费混合收款): place an order that combines"""
        from .medical_insurance_pay import AsyncMedicalInsurancePayResourceWithRawResponse

        return AsyncMedicalInsurancePayResourceWithRawResponse(self._invoker)

    @cached_property
    def membercard(self) -> AsyncMembercardResourceWithRawResponse:
        """会员卡 — WeChat Pay member cards (会员卡∙基础功能, 会员卡, 会员卡∙运营投放, 会员卡∙服务项,"""
        from .membercard import AsyncMembercardResourceWithRawResponse

        return AsyncMembercardResourceWithRawResponse(self._invoker)

    @cached_property
    def membercard_activity(self) -> AsyncMembercardActivityResourceWithRawResponse:
        """会员卡∙会员有礼 — member-gift activities of a WeChat membership card (create an activity,"""
        from .membercard_activity import AsyncMembercardActivityResourceWithRawResponse

        return AsyncMembercardActivityResourceWithRawResponse(self._invoker)

    @cached_property
    def merchant_recharge(self) -> AsyncMerchantRechargeResourceWithRawResponse:
        """商家充值 — merchant account top-up by bank transfer: apply for the transfer-in account, then"""
        from .merchant_recharge import AsyncMerchantRechargeResourceWithRawResponse

        return AsyncMerchantRechargeResourceWithRawResponse(self._invoker)

    @cached_property
    def merchant_risk(self) -> AsyncMerchantRiskResourceWithRawResponse:
        """风险管理 — trade risk management: report order-related information before payment, query"""
        from .merchant_risk import AsyncMerchantRiskResourceWithRawResponse

        return AsyncMerchantRiskResourceWithRawResponse(self._invoker)

    @cached_property
    def merchant_store(self) -> AsyncMerchantStoreResourceWithRawResponse:
        """经营工具∙连锁品牌∙门店 — brand stores (read a store registered with WeChat Pay). Path"""
        from .merchant_store import AsyncMerchantStoreResourceWithRawResponse

        return AsyncMerchantStoreResourceWithRawResponse(self._invoker)

    @cached_property
    def multiuse(self) -> AsyncMultiuseResourceWithRawResponse:
        """运营工具∙消费金 — consumption credit (issue a credit of a batch to a real-name-checked"""
        from .multiuse import AsyncMultiuseResourceWithRawResponse

        return AsyncMultiuseResourceWithRawResponse(self._invoker)

    @cached_property
    def papay(self) -> AsyncPapayResourceWithRawResponse:
        """委托代扣 — entrusted deduction for direct merchants (普通商户): pre-sign (Harmony/QR code"""
        from .papay import AsyncPapayResourceWithRawResponse

        return AsyncPapayResourceWithRawResponse(self._invoker)

    @cached_property
    def pay(self) -> AsyncPayResourceWithRawResponse:
        """基础支付 — basic payments for direct merchants (直连商户): place JSAPI (official account"""
        from .pay import AsyncPayResourceWithRawResponse

        return AsyncPayResourceWithRawResponse(self._invoker)

    @cached_property
    def pay_with_contract(self) -> AsyncPayWithContractResourceWithRawResponse:
        """免密支付 / 支付中签约 — password-exempt payment and sign-while-paying for direct merchants:"""
        from .pay_with_contract import AsyncPayWithContractResourceWithRawResponse

        return AsyncPayWithContractResourceWithRawResponse(self._invoker)

    @cached_property
    def paygift(self) -> AsyncPaygiftResourceWithRawResponse:
        """运营工具∙支付有礼 — pay-and-get-a-gift activities (create a store-wide spend-threshold"""
        from .paygift import AsyncPaygiftResourceWithRawResponse

        return AsyncPaygiftResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore(self) -> AsyncPayscoreResourceWithRawResponse:
        """支付分 — WeChat Pay Score service orders for direct merchants (普通商户): create, query,"""
        from .payscore import AsyncPayscoreResourceWithRawResponse

        return AsyncPayscoreResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_cards(self) -> AsyncPayscoreCardsResourceWithRawResponse:
        """支付分∙先享卡 — WeChat Pay discount cards (微信先享卡): prepare the card claim, add the user's"""
        from .payscore_cards import AsyncPayscoreCardsResourceWithRawResponse

        return AsyncPayscoreCardsResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_delivery(self) -> AsyncPayscoreDeliveryResourceWithRawResponse:
        """支付分∙先用后付 — WeChat Pay Score pay-on-delivery orders (先用后付): create a service order"""
        from .payscore_delivery import AsyncPayscoreDeliveryResourceWithRawResponse

        return AsyncPayscoreDeliveryResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_payafter(self) -> AsyncPayscorePayafterResourceWithRawResponse:
        """支付分∙先享后付 — WeChat Pay Score "enjoy first, pay later" orders: create, query, cancel and"""
        from .payscore_payafter import AsyncPayscorePayafterResourceWithRawResponse

        return AsyncPayscorePayafterResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_permissions(self) -> AsyncPayscorePermissionsResourceWithRawResponse:
        """支付分∙免确认模式 — WeChat Pay Score without order confirmation: pre-authorisation (预授权:"""
        from .payscore_permissions import AsyncPayscorePermissionsResourceWithRawResponse

        return AsyncPayscorePermissionsResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_plans(self) -> AsyncPayscorePlansResourceWithRawResponse:
        """支付分∙签约计划 — Pay Score plans: create, query and stop a plan (a package of services"""
        from .payscore_plans import AsyncPayscorePlansResourceWithRawResponse

        return AsyncPayscorePlansResourceWithRawResponse(self._invoker)

    @cached_property
    def payscore_smartretail(self) -> AsyncPayscoreSmartretailResourceWithRawResponse:
        """支付分∙智慧零售 — WeChat Pay Score smart-retail orders (unattended shelves and devices):"""
        from .payscore_smartretail import AsyncPayscoreSmartretailResourceWithRawResponse

        return AsyncPayscoreSmartretailResourceWithRawResponse(self._invoker)

    @cached_property
    def power_bank(self) -> AsyncPowerBankResourceWithRawResponse:
        """租用充电宝∙隔夜归还 — overnight-return insurance for power-bank rental: check whether a user"""
        from .power_bank import AsyncPowerBankResourceWithRawResponse

        return AsyncPowerBankResourceWithRawResponse(self._invoker)

    @cached_property
    def profitsharing(self) -> AsyncProfitsharingResourceWithRawResponse:
        """资金应用∙分账 — profit sharing for direct merchants: split the funds of a paid order"""
        from .profitsharing import AsyncProfitsharingResourceWithRawResponse

        return AsyncProfitsharingResourceWithRawResponse(self._invoker)

    @cached_property
    def qrcode_ride(self) -> AsyncQrcodeRideResourceWithRawResponse:
        """乘车服务 — bus and metro ride deduction (公共出行 ride code): check that the user's deduction"""
        from .qrcode_ride import AsyncQrcodeRideResourceWithRawResponse

        return AsyncQrcodeRideResourceWithRawResponse(self._invoker)

    @cached_property
    def refunds(self) -> AsyncRefundsResourceWithRawResponse:
        """基础支付∙退款 — domestic refunds (create, query, handle an abnormal refund). Paths under"""
        from .refunds import AsyncRefundsResourceWithRawResponse

        return AsyncRefundsResourceWithRawResponse(self._invoker)

    @cached_property
    def security_echo(self) -> AsyncSecurityEchoResourceWithRawResponse:
        """商户签名验签／加解密测试 — a test call for request signing, answer verification and field"""
        from .security_echo import AsyncSecurityEchoResourceWithRawResponse

        return AsyncSecurityEchoResourceWithRawResponse(self._invoker)

    @cached_property
    def smartguide(self) -> AsyncSmartguideResourceWithRawResponse:
        """经营工具∙支付即服务 — service staff shown to the user after payment: register, list and"""
        from .smartguide import AsyncSmartguideResourceWithRawResponse

        return AsyncSmartguideResourceWithRawResponse(self._invoker)

    @cached_property
    def transfer_batches(self) -> AsyncTransferBatchesResourceWithRawResponse:
        """资金应用∙转账 — the older batch transfer to users' WeChat balance (商家转账到零钱): create and"""
        from .transfer_batches import AsyncTransferBatchesResourceWithRawResponse

        return AsyncTransferBatchesResourceWithRawResponse(self._invoker)

    @cached_property
    def transfer_bills(self) -> AsyncTransferBillsResourceWithRawResponse:
        """资金应用∙转账∙用户确认模式 — merchant transfers to a user's WeChat balance that the user"""
        from .transfer_bills import AsyncTransferBillsResourceWithRawResponse

        return AsyncTransferBillsResourceWithRawResponse(self._invoker)

    @cached_property
    def transfer_qq_wallet(self) -> AsyncTransferQqWalletResourceWithRawResponse:
        """资金应用∙转账∙QQ钱包 — merchant transfers to a QQ user's QQ wallet (create, query, cancel)."""
        from .transfer_qq_wallet import AsyncTransferQqWalletResourceWithRawResponse

        return AsyncTransferQqWalletResourceWithRawResponse(self._invoker)


__all__ = [
    "AsyncInvoker",
    "AsyncResource",
    "AsyncWeChatPayResources",
    "AsyncWeChatPayResourcesWithRawResponse",
    "SyncInvoker",
    "SyncResource",
    "WeChatPayResources",
    "WeChatPayResourcesWithRawResponse",
]
