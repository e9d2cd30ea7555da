# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``fapiao`` tag: one method per operation of ``api/fapiao/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.fapiao_application import FapiaoApplication
    from ..models.fapiao_card_template import FapiaoCardTemplate
    from ..models.fapiao_card_template_create_request import FapiaoCardTemplateCreateRequest
    from ..models.fapiao_development_config import FapiaoDevelopmentConfig
    from ..models.fapiao_development_config_update_request import FapiaoDevelopmentConfigUpdateRequest
    from ..models.fapiao_download_info_list_response import FapiaoDownloadInfoListResponse
    from ..models.fapiao_file_upload_request import FapiaoFileUploadRequest
    from ..models.fapiao_file_upload_response import FapiaoFileUploadResponse
    from ..models.fapiao_insert_cards_request import FapiaoInsertCardsRequest
    from ..models.fapiao_issue_request import FapiaoIssueRequest
    from ..models.fapiao_merchant_base_information import FapiaoMerchantBaseInformation
    from ..models.fapiao_reverse_request import FapiaoReverseRequest
    from ..models.fapiao_tax_code_list import FapiaoTaxCodeList
    from ..models.fapiao_user_title import FapiaoUserTitle
    from ..models.fapiao_user_title_url import FapiaoUserTitleUrl
    from ..models.query_fapiao_user_title_scene import QueryFapiaoUserTitleScene
    from ..models.query_fapiao_user_title_url_source import QueryFapiaoUserTitleUrlSource
    from ..types import Response, Unset


class FapiaoResource(SyncResource):
    """``fapiao`` (typed results).

    经营工具∙电子发票 — electronic fapiao (tax invoices) for direct merchants: card template,
    issue, query, reverse and download information of fapiao applications, upload self-issued
    fapiao files and insert them into the user's card wallet, invoicing settings, tax-code
    table, buyer titles and the title link. Paths under `/v3/new-tax-control-fapiao/`.
    """

    __slots__ = ()

    def create_fapiao_card_template(
        self, *, body: FapiaoCardTemplateCreateRequest | Mapping[str, Any]
    ) -> FapiaoCardTemplate:
        """创建电子发票卡券模板

        创建电子发票卡券模板 — sets the card template that WeChat Pay uses when it puts this
        merchant's fapiao into a user's WeChat card wallet (卡包): the official-account AppID
        that owns the cards (`card_appid`), the logo, the payee name shown on the card and an
        optional custom entry (a link or a mini-program page). The current pages say the
        template must exist before any issuing call.

        - Each call replaces the template set before; there is one template per merchant. The
          answer returns the card template ID (`card_id`).
        - `logo_url` is the URL of an image uploaded as a permanent asset with the card
          official account (上传永久素材).
        - No API reads the template back. Because a call overwrites the previous template, an
          unclear outcome is settled by sending the same body again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529382

        Operation: ``create_fapiao_card_template`` (POST /v3/new-tax-control-fapiao/card-template); function: ``api.fapiao.create_fapiao_card_template``.
        """
        from ..api.fapiao import create_fapiao_card_template as _op

        return self._invoker.call(_op.sync, body=body)

    def insert_fapiao_cards(
        self,
        fapiao_apply_id: str,
        *,
        body: FapiaoInsertCardsRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> None:
        """将电子发票插入微信用户卡包

        将电子发票插入微信用户卡包 — puts fapiao that the merchant issued itself into the
        buyer's WeChat card wallet. Upload each file first with `upload_fapiao_file` (its
        `fapiao_media_id` is valid for three days) and describe each fapiao in
        `fapiao_card_information` (at most five).

        - `scene = WITH_WECHATPAY`: `fapiao_apply_id` is the paid WeChat Pay order number;
          `WITHOUT_WECHATPAY` needs the title link flow first (`query_fapiao_user_title_url`).
        - `buyer_information.phone` and `.email` are sensitive: give plaintext; the SDK
          encrypts them and fills `Wechatpay-Serial`.
        - One WeChat Pay order can be inserted once; the pages say repeated calls are checked
          for idempotency. WeChat Pay answers `202 Accepted` with no body; the result arrives
          as `FAPIAO.CARD_INSERTED` (`FapiaoNotificationResource`) and can be read with
          `query_fapiao` (`card_information`), which is also the lookup after an unclear
          outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538365

        Operation: ``insert_fapiao_cards`` (POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards); function: ``api.fapiao.insert_fapiao_cards``.
        """
        from ..api.fapiao import insert_fapiao_cards as _op

        self._invoker.call(
            _op.sync_detailed, fapiao_apply_id=fapiao_apply_id, body=body, wechatpay_serial=wechatpay_serial
        )

    def issue_fapiao(
        self, *, body: FapiaoIssueRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> None:
        """开具电子发票

        开具电子发票 — asks WeChat Pay to issue up to five fapiao for one application
        (`fapiao_apply_id`) after the merchant has been paid, and to put them into the buyer's
        card wallet.

        - `scene = WITH_WECHATPAY`: `fapiao_apply_id` is the WeChat Pay order number
          (`transaction_id`) of an order of this merchant; no title link is needed.
          `scene = WITHOUT_WECHATPAY` (paid outside WeChat Pay): first get a title link with
          `query_fapiao_user_title_url` using a `fapiao_apply_id` of your own, wait until the
          buyer has filled in the title (`FAPIAO.USER_APPLIED`), then issue with that same
          number.
        - `buyer_information` is the invoice title; read the buyer's own entry with
          `query_fapiao_user_title` or collect it yourself. `phone` and `email` are sensitive:
          give plaintext; the SDK encrypts them and fills `Wechatpay-Serial`.
        - The sum of `fapiao_information[].total_amount` may not exceed the paid amount (or
          the `total_amount` given to `query_fapiao_user_title_url`). The pages in the stored
          copies limit each fapiao to 8 lines; items use integer fen, quantities in units of
          10^-8 (100000000 = 1) and tax rates in units of 1/10000 (1300 = 13%).
        - WeChat Pay answers `202 Accepted` with no body: the request is only queued. The
          result arrives as a `FAPIAO.ISSUED` notification (`FapiaoNotificationResource`) and can
          be read with `query_fapiao`. After a timeout or 5xx, look the application up with
          `query_fapiao` before sending again; a failed fapiao may be retried under a new
          `fapiao_id` (the pages allow a few retries per application).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538301

        Operation: ``issue_fapiao`` (POST /v3/new-tax-control-fapiao/fapiao-applications); function: ``api.fapiao.issue_fapiao``.
        """
        from ..api.fapiao import issue_fapiao as _op

        self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def list_fapiao_tax_codes(self, *, sub_mchid: str | Unset = UNSET, offset: int, limit: int) -> FapiaoTaxCodeList:
        """获取商户可开具的商品和服务税收分类编码对照表

        获取商户可开具的商品和服务税收分类编码对照表 — pages through the goods the merchant
        configured in the fapiao merchant platform, each with its tax classification code
        (`tax_code`), tax rate (units of 1/10000) and tax-preference mark. A line of
        `issue_fapiao` that uses a configured good takes its `tax_code` and `goods_id` from
        here. Paginated by `offset`/`limit`; follow `links.next` or raise `offset` until
        `total_count` is reached. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538236

        Operation: ``list_fapiao_tax_codes`` (GET /v3/new-tax-control-fapiao/merchant/tax-codes); function: ``api.fapiao.list_fapiao_tax_codes``.
        """
        from ..api.fapiao import list_fapiao_tax_codes as _op

        return self._invoker.call(_op.sync, sub_mchid=sub_mchid, offset=offset, limit=limit)

    def query_fapiao(
        self, fapiao_apply_id: str, *, sub_mchid: str | Unset = UNSET, fapiao_id: str | Unset = UNSET
    ) -> FapiaoApplication:
        """查询电子发票

        查询电子发票 — reads the fapiao of one application: status of each fapiao (issue
        accepted, issued, reverse accepted, reversed, and in the 数电 mode issue/reverse
        failed), the blue and red fapiao numbers, the card-wallet state, amounts, seller, buyer
        and lines. Pass `fapiao_id` to read one fapiao only.

        This is the lookup that settles an unclear outcome of `issue_fapiao`, `reverse_fapiao`
        and `insert_fapiao_cards`, and how their asynchronous results are followed when no
        notification arrived. The buyer's `phone` and `email` come back encrypted with the
        merchant's key; the SDK decrypts them after verifying the answer. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012531753

        Operation: ``query_fapiao`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}); function: ``api.fapiao.query_fapiao``.
        """
        from ..api.fapiao import query_fapiao as _op

        return self._invoker.call(_op.sync, fapiao_apply_id=fapiao_apply_id, sub_mchid=sub_mchid, fapiao_id=fapiao_id)

    def query_fapiao_development_config(self) -> FapiaoDevelopmentConfig:
        """查询商户配置的开发选项

        查询商户配置的开发选项 — reads the merchant's fapiao development options: the callback
        URL that receives the `FAPIAO.*` notifications, whether the bill list shows an
        "issue fapiao" entry, and whether the title page offers the VAT special fapiao. Also
        the lookup after an unclear `update_fapiao_development_config`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529526

        Operation: ``query_fapiao_development_config`` (GET /v3/new-tax-control-fapiao/merchant/development-config); function: ``api.fapiao.query_fapiao_development_config``.
        """
        from ..api.fapiao import query_fapiao_development_config as _op

        return self._invoker.call(_op.sync)

    def query_fapiao_download_info(
        self, fapiao_apply_id: str, *, sub_mchid: str | Unset = UNSET, fapiao_id: str | Unset = UNSET
    ) -> FapiaoDownloadInfoListResponse:
        """获取发票下载信息

        获取发票下载信息 — returns, for each fapiao of an application that WeChat Pay issued, a
        `download_url` for its file. Only fapiao issued on the WeChat Pay side can be
        downloaded, and only once they are issued (the current pages also allow reversed ones,
        within a year of issue).

        The file itself is fetched with a plain GET on `download_url` (valid for about 30
        seconds per the download page), which is neither signed nor answered with a WeChat Pay
        signature; that download is not an operation of this spec. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538335

        Operation: ``query_fapiao_download_info`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files); function: ``api.fapiao.query_fapiao_download_info``.
        """
        from ..api.fapiao import query_fapiao_download_info as _op

        return self._invoker.call(_op.sync, fapiao_apply_id=fapiao_apply_id, sub_mchid=sub_mchid, fapiao_id=fapiao_id)

    def query_fapiao_merchant_base_information(
        self, *, sub_mchid: str | Unset = UNSET
    ) -> FapiaoMerchantBaseInformation:
        """获取商户开票基础信息

        获取商户开票基础信息 — reads the invoicing settings the merchant keeps in the merchant
        platform: the seller details printed on its fapiao (name, taxpayer ID, address, phone,
        bank) and the payee, reviewer and drawer names. Useful to fill `seller_information` and
        `extra_information` of `insert_fapiao_cards`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538180

        Operation: ``query_fapiao_merchant_base_information`` (GET /v3/new-tax-control-fapiao/merchant/base-information); function: ``api.fapiao.query_fapiao_merchant_base_information``.
        """
        from ..api.fapiao import query_fapiao_merchant_base_information as _op

        return self._invoker.call(_op.sync, sub_mchid=sub_mchid)

    def query_fapiao_user_title(
        self, *, sub_mchid: str | Unset = UNSET, scene: QueryFapiaoUserTitleScene, fapiao_apply_id: str
    ) -> FapiaoUserTitle:
        """获取用户填写的抬头

        获取用户填写的抬头 — checks whether the buyer has filled in the invoice title for an
        application and returns it (type, name, taxpayer ID, address, bank, phone, email, and
        for the newer pages the order amount and the requested fapiao type). Works for the
        title-link flow (`WITHOUT_WECHATPAY`, after `FAPIAO.USER_APPLIED`) and for WeChat Pay
        orders whose payment voucher offered the fapiao entry (`WITH_WECHATPAY`, where
        `fapiao_apply_id` is the `transaction_id`).

        `phone` and `email` come back encrypted with the merchant's key; the SDK decrypts them
        after verifying the answer. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538112

        Operation: ``query_fapiao_user_title`` (GET /v3/new-tax-control-fapiao/user-title); function: ``api.fapiao.query_fapiao_user_title``.
        """
        from ..api.fapiao import query_fapiao_user_title as _op

        return self._invoker.call(_op.sync, sub_mchid=sub_mchid, scene=scene, fapiao_apply_id=fapiao_apply_id)

    def query_fapiao_user_title_url(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        fapiao_apply_id: str,
        source: QueryFapiaoUserTitleUrlSource,
        appid: str,
        openid: str,
        total_amount: int,
        seller_name: str | Unset = UNSET,
        show_phone_cell: bool | Unset = UNSET,
        must_input_phone: bool | Unset = UNSET,
        show_email_cell: bool | Unset = UNSET,
        must_input_email: bool | Unset = UNSET,
    ) -> FapiaoUserTitleUrl:
        """获取抬头填写链接

        获取抬头填写链接 — for sales paid outside WeChat Pay: returns a link (H5 `title_url`, or
        a mini-program AppID and path) where the buyer fills in the invoice title for a new
        `fapiao_apply_id` chosen by the merchant. When the buyer submits, WeChat Pay sends
        `FAPIAO.USER_APPLIED` (`FapiaoUserAppliedNotificationResource`) to the configured
        callback URL; read the title with `query_fapiao_user_title`, then `issue_fapiao`.

        - `total_amount` (fen) is shown on the page and caps the sum of the fapiao issued for
          this application.
        - The link is valid for 30 minutes; if it expires before the buyer has filled in the
          title, ask again with the same `fapiao_apply_id`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538106

        Operation: ``query_fapiao_user_title_url`` (GET /v3/new-tax-control-fapiao/user-title/title-url); function: ``api.fapiao.query_fapiao_user_title_url``.
        """
        from ..api.fapiao import query_fapiao_user_title_url as _op

        return self._invoker.call(
            _op.sync,
            sub_mchid=sub_mchid,
            fapiao_apply_id=fapiao_apply_id,
            source=source,
            appid=appid,
            openid=openid,
            total_amount=total_amount,
            seller_name=seller_name,
            show_phone_cell=show_phone_cell,
            must_input_phone=must_input_phone,
            show_email_cell=show_email_cell,
            must_input_email=must_input_email,
        )

    def reverse_fapiao(self, fapiao_apply_id: str, *, body: FapiaoReverseRequest | Mapping[str, Any]) -> None:
        """冲红电子发票

        冲红电子发票 — reverses issued fapiao (issues the red fapiao) and removes them from the
        buyer's card wallet. Only fapiao issued on the WeChat Pay side can be reversed. Name each
        fapiao by `fapiao_id` and `fapiao_number`.

        - `reverse_reason`: free text (e.g. 退款) in the older mode; in the 数电 mode one of
          `ISSUE_ERROR`, `SALES_RETURN`, `SERVICE_SUSPENTION` (official spelling) or
          `SALES_DISCOUNT`.
        - WeChat Pay answers `202 Accepted` with no body: the request is only queued. The result
          arrives as `FAPIAO.REVERSED` (`FapiaoNotificationResource`) and can be read with
          `query_fapiao` (`red_fapiao`, status `REVERSED`). After an unclear outcome, check with
          `query_fapiao` before sending again; the current pages say a failed reversal may be
          retried with the same `fapiao_id` after about five minutes.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538327

        Operation: ``reverse_fapiao`` (POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse); function: ``api.fapiao.reverse_fapiao``.
        """
        from ..api.fapiao import reverse_fapiao as _op

        self._invoker.call(_op.sync_detailed, fapiao_apply_id=fapiao_apply_id, body=body)

    def update_fapiao_development_config(
        self, *, body: FapiaoDevelopmentConfigUpdateRequest | Mapping[str, Any]
    ) -> FapiaoDevelopmentConfig:
        """配置开发选项

        配置开发选项 — sets the fapiao development options: `callback_url` (one URL per merchant;
        all `FAPIAO.*` notifications go there), `show_fapiao_cell` and `support_vat_fapiao`.
        `PATCH` semantics: send only what changes. The setting also applies to the merchant IDs
        bound to the same legal entity. The answer carries the options after the change.

        Setting the same values twice has the same effect; after an unclear outcome, read the
        options with `query_fapiao_development_config` and send again if they differ.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529457

        Operation: ``update_fapiao_development_config`` (PATCH /v3/new-tax-control-fapiao/merchant/development-config); function: ``api.fapiao.update_fapiao_development_config``.
        """
        from ..api.fapiao import update_fapiao_development_config as _op

        return self._invoker.call(_op.sync, body=body)

    def upload_fapiao_file(self, *, body: FapiaoFileUploadRequest) -> FapiaoFileUploadResponse:
        """上传电子发票文件

        上传电子发票文件 — uploads the file of a fapiao the merchant issued itself (PDF or OFD, at
        most 2 MB) and returns a `fapiao_media_id` for `insert_fapiao_cards`. The ID expires
        after three days, so insert the card soon after the upload.

        Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
        `{"file_type": ..., "digest_alogrithm": "SM3", "digest": ...}`, `Content-Type:
        application/json`) and `file` (the bytes). `digest` is the hexadecimal SM3 digest of the
        file bytes (64 characters). Note the official spelling `digest_alogrithm`, which must be
        sent as is. This meta part has no `sha256` or `filename`.

        **Signing rule:** as for `upload_image`, the signature covers the `meta` JSON text only,
        and the `meta` part must carry exactly those bytes.

        Not documented as idempotent; a resend only creates another file ID, and no query
        exists to confirm an unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556605

        Operation: ``upload_fapiao_file`` (POST /v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file); function: ``api.fapiao.upload_fapiao_file``.
        """
        from ..api.fapiao import upload_fapiao_file as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncFapiaoResource(AsyncResource):
    """``fapiao`` (async, typed results).

    经营工具∙电子发票 — electronic fapiao (tax invoices) for direct merchants: card template,
    issue, query, reverse and download information of fapiao applications, upload self-issued
    fapiao files and insert them into the user's card wallet, invoicing settings, tax-code
    table, buyer titles and the title link. Paths under `/v3/new-tax-control-fapiao/`.
    """

    __slots__ = ()

    async def create_fapiao_card_template(
        self, *, body: FapiaoCardTemplateCreateRequest | Mapping[str, Any]
    ) -> FapiaoCardTemplate:
        """创建电子发票卡券模板

        创建电子发票卡券模板 — sets the card template that WeChat Pay uses when it puts this
        merchant's fapiao into a user's WeChat card wallet (卡包): the official-account AppID
        that owns the cards (`card_appid`), the logo, the payee name shown on the card and an
        optional custom entry (a link or a mini-program page). The current pages say the
        template must exist before any issuing call.

        - Each call replaces the template set before; there is one template per merchant. The
          answer returns the card template ID (`card_id`).
        - `logo_url` is the URL of an image uploaded as a permanent asset with the card
          official account (上传永久素材).
        - No API reads the template back. Because a call overwrites the previous template, an
          unclear outcome is settled by sending the same body again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529382

        Operation: ``create_fapiao_card_template`` (POST /v3/new-tax-control-fapiao/card-template); function: ``api.fapiao.create_fapiao_card_template``.
        """
        from ..api.fapiao import create_fapiao_card_template as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def insert_fapiao_cards(
        self,
        fapiao_apply_id: str,
        *,
        body: FapiaoInsertCardsRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> None:
        """将电子发票插入微信用户卡包

        将电子发票插入微信用户卡包 — puts fapiao that the merchant issued itself into the
        buyer's WeChat card wallet. Upload each file first with `upload_fapiao_file` (its
        `fapiao_media_id` is valid for three days) and describe each fapiao in
        `fapiao_card_information` (at most five).

        - `scene = WITH_WECHATPAY`: `fapiao_apply_id` is the paid WeChat Pay order number;
          `WITHOUT_WECHATPAY` needs the title link flow first (`query_fapiao_user_title_url`).
        - `buyer_information.phone` and `.email` are sensitive: give plaintext; the SDK
          encrypts them and fills `Wechatpay-Serial`.
        - One WeChat Pay order can be inserted once; the pages say repeated calls are checked
          for idempotency. WeChat Pay answers `202 Accepted` with no body; the result arrives
          as `FAPIAO.CARD_INSERTED` (`FapiaoNotificationResource`) and can be read with
          `query_fapiao` (`card_information`), which is also the lookup after an unclear
          outcome.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538365

        Operation: ``insert_fapiao_cards`` (POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards); function: ``api.fapiao.insert_fapiao_cards``.
        """
        from ..api.fapiao import insert_fapiao_cards as _op

        await self._invoker.call(
            _op.asyncio_detailed, fapiao_apply_id=fapiao_apply_id, body=body, wechatpay_serial=wechatpay_serial
        )

    async def issue_fapiao(
        self, *, body: FapiaoIssueRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> None:
        """开具电子发票

        开具电子发票 — asks WeChat Pay to issue up to five fapiao for one application
        (`fapiao_apply_id`) after the merchant has been paid, and to put them into the buyer's
        card wallet.

        - `scene = WITH_WECHATPAY`: `fapiao_apply_id` is the WeChat Pay order number
          (`transaction_id`) of an order of this merchant; no title link is needed.
          `scene = WITHOUT_WECHATPAY` (paid outside WeChat Pay): first get a title link with
          `query_fapiao_user_title_url` using a `fapiao_apply_id` of your own, wait until the
          buyer has filled in the title (`FAPIAO.USER_APPLIED`), then issue with that same
          number.
        - `buyer_information` is the invoice title; read the buyer's own entry with
          `query_fapiao_user_title` or collect it yourself. `phone` and `email` are sensitive:
          give plaintext; the SDK encrypts them and fills `Wechatpay-Serial`.
        - The sum of `fapiao_information[].total_amount` may not exceed the paid amount (or
          the `total_amount` given to `query_fapiao_user_title_url`). The pages in the stored
          copies limit each fapiao to 8 lines; items use integer fen, quantities in units of
          10^-8 (100000000 = 1) and tax rates in units of 1/10000 (1300 = 13%).
        - WeChat Pay answers `202 Accepted` with no body: the request is only queued. The
          result arrives as a `FAPIAO.ISSUED` notification (`FapiaoNotificationResource`) and can
          be read with `query_fapiao`. After a timeout or 5xx, look the application up with
          `query_fapiao` before sending again; a failed fapiao may be retried under a new
          `fapiao_id` (the pages allow a few retries per application).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538301

        Operation: ``issue_fapiao`` (POST /v3/new-tax-control-fapiao/fapiao-applications); function: ``api.fapiao.issue_fapiao``.
        """
        from ..api.fapiao import issue_fapiao as _op

        await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def list_fapiao_tax_codes(
        self, *, sub_mchid: str | Unset = UNSET, offset: int, limit: int
    ) -> FapiaoTaxCodeList:
        """获取商户可开具的商品和服务税收分类编码对照表

        获取商户可开具的商品和服务税收分类编码对照表 — pages through the goods the merchant
        configured in the fapiao merchant platform, each with its tax classification code
        (`tax_code`), tax rate (units of 1/10000) and tax-preference mark. A line of
        `issue_fapiao` that uses a configured good takes its `tax_code` and `goods_id` from
        here. Paginated by `offset`/`limit`; follow `links.next` or raise `offset` until
        `total_count` is reached. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538236

        Operation: ``list_fapiao_tax_codes`` (GET /v3/new-tax-control-fapiao/merchant/tax-codes); function: ``api.fapiao.list_fapiao_tax_codes``.
        """
        from ..api.fapiao import list_fapiao_tax_codes as _op

        return await self._invoker.call(_op.asyncio, sub_mchid=sub_mchid, offset=offset, limit=limit)

    async def query_fapiao(
        self, fapiao_apply_id: str, *, sub_mchid: str | Unset = UNSET, fapiao_id: str | Unset = UNSET
    ) -> FapiaoApplication:
        """查询电子发票

        查询电子发票 — reads the fapiao of one application: status of each fapiao (issue
        accepted, issued, reverse accepted, reversed, and in the 数电 mode issue/reverse
        failed), the blue and red fapiao numbers, the card-wallet state, amounts, seller, buyer
        and lines. Pass `fapiao_id` to read one fapiao only.

        This is the lookup that settles an unclear outcome of `issue_fapiao`, `reverse_fapiao`
        and `insert_fapiao_cards`, and how their asynchronous results are followed when no
        notification arrived. The buyer's `phone` and `email` come back encrypted with the
        merchant's key; the SDK decrypts them after verifying the answer. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012531753

        Operation: ``query_fapiao`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}); function: ``api.fapiao.query_fapiao``.
        """
        from ..api.fapiao import query_fapiao as _op

        return await self._invoker.call(
            _op.asyncio, fapiao_apply_id=fapiao_apply_id, sub_mchid=sub_mchid, fapiao_id=fapiao_id
        )

    async def query_fapiao_development_config(self) -> FapiaoDevelopmentConfig:
        """查询商户配置的开发选项

        查询商户配置的开发选项 — reads the merchant's fapiao development options: the callback
        URL that receives the `FAPIAO.*` notifications, whether the bill list shows an
        "issue fapiao" entry, and whether the title page offers the VAT special fapiao. Also
        the lookup after an unclear `update_fapiao_development_config`. Read-only; safe to
        repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529526

        Operation: ``query_fapiao_development_config`` (GET /v3/new-tax-control-fapiao/merchant/development-config); function: ``api.fapiao.query_fapiao_development_config``.
        """
        from ..api.fapiao import query_fapiao_development_config as _op

        return await self._invoker.call(_op.asyncio)

    async def query_fapiao_download_info(
        self, fapiao_apply_id: str, *, sub_mchid: str | Unset = UNSET, fapiao_id: str | Unset = UNSET
    ) -> FapiaoDownloadInfoListResponse:
        """获取发票下载信息

        获取发票下载信息 — returns, for each fapiao of an application that WeChat Pay issued, a
        `download_url` for its file. Only fapiao issued on the WeChat Pay side can be
        downloaded, and only once they are issued (the current pages also allow reversed ones,
        within a year of issue).

        The file itself is fetched with a plain GET on `download_url` (valid for about 30
        seconds per the download page), which is neither signed nor answered with a WeChat Pay
        signature; that download is not an operation of this spec. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538335

        Operation: ``query_fapiao_download_info`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files); function: ``api.fapiao.query_fapiao_download_info``.
        """
        from ..api.fapiao import query_fapiao_download_info as _op

        return await self._invoker.call(
            _op.asyncio, fapiao_apply_id=fapiao_apply_id, sub_mchid=sub_mchid, fapiao_id=fapiao_id
        )

    async def query_fapiao_merchant_base_information(
        self, *, sub_mchid: str | Unset = UNSET
    ) -> FapiaoMerchantBaseInformation:
        """获取商户开票基础信息

        获取商户开票基础信息 — reads the invoicing settings the merchant keeps in the merchant
        platform: the seller details printed on its fapiao (name, taxpayer ID, address, phone,
        bank) and the payee, reviewer and drawer names. Useful to fill `seller_information` and
        `extra_information` of `insert_fapiao_cards`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538180

        Operation: ``query_fapiao_merchant_base_information`` (GET /v3/new-tax-control-fapiao/merchant/base-information); function: ``api.fapiao.query_fapiao_merchant_base_information``.
        """
        from ..api.fapiao import query_fapiao_merchant_base_information as _op

        return await self._invoker.call(_op.asyncio, sub_mchid=sub_mchid)

    async def query_fapiao_user_title(
        self, *, sub_mchid: str | Unset = UNSET, scene: QueryFapiaoUserTitleScene, fapiao_apply_id: str
    ) -> FapiaoUserTitle:
        """获取用户填写的抬头

        获取用户填写的抬头 — checks whether the buyer has filled in the invoice title for an
        application and returns it (type, name, taxpayer ID, address, bank, phone, email, and
        for the newer pages the order amount and the requested fapiao type). Works for the
        title-link flow (`WITHOUT_WECHATPAY`, after `FAPIAO.USER_APPLIED`) and for WeChat Pay
        orders whose payment voucher offered the fapiao entry (`WITH_WECHATPAY`, where
        `fapiao_apply_id` is the `transaction_id`).

        `phone` and `email` come back encrypted with the merchant's key; the SDK decrypts them
        after verifying the answer. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538112

        Operation: ``query_fapiao_user_title`` (GET /v3/new-tax-control-fapiao/user-title); function: ``api.fapiao.query_fapiao_user_title``.
        """
        from ..api.fapiao import query_fapiao_user_title as _op

        return await self._invoker.call(_op.asyncio, sub_mchid=sub_mchid, scene=scene, fapiao_apply_id=fapiao_apply_id)

    async def query_fapiao_user_title_url(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        fapiao_apply_id: str,
        source: QueryFapiaoUserTitleUrlSource,
        appid: str,
        openid: str,
        total_amount: int,
        seller_name: str | Unset = UNSET,
        show_phone_cell: bool | Unset = UNSET,
        must_input_phone: bool | Unset = UNSET,
        show_email_cell: bool | Unset = UNSET,
        must_input_email: bool | Unset = UNSET,
    ) -> FapiaoUserTitleUrl:
        """获取抬头填写链接

        获取抬头填写链接 — for sales paid outside WeChat Pay: returns a link (H5 `title_url`, or
        a mini-program AppID and path) where the buyer fills in the invoice title for a new
        `fapiao_apply_id` chosen by the merchant. When the buyer submits, WeChat Pay sends
        `FAPIAO.USER_APPLIED` (`FapiaoUserAppliedNotificationResource`) to the configured
        callback URL; read the title with `query_fapiao_user_title`, then `issue_fapiao`.

        - `total_amount` (fen) is shown on the page and caps the sum of the fapiao issued for
          this application.
        - The link is valid for 30 minutes; if it expires before the buyer has filled in the
          title, ask again with the same `fapiao_apply_id`. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538106

        Operation: ``query_fapiao_user_title_url`` (GET /v3/new-tax-control-fapiao/user-title/title-url); function: ``api.fapiao.query_fapiao_user_title_url``.
        """
        from ..api.fapiao import query_fapiao_user_title_url as _op

        return await self._invoker.call(
            _op.asyncio,
            sub_mchid=sub_mchid,
            fapiao_apply_id=fapiao_apply_id,
            source=source,
            appid=appid,
            openid=openid,
            total_amount=total_amount,
            seller_name=seller_name,
            show_phone_cell=show_phone_cell,
            must_input_phone=must_input_phone,
            show_email_cell=show_email_cell,
            must_input_email=must_input_email,
        )

    async def reverse_fapiao(self, fapiao_apply_id: str, *, body: FapiaoReverseRequest | Mapping[str, Any]) -> None:
        """冲红电子发票

        冲红电子发票 — reverses issued fapiao (issues the red fapiao) and removes them from the
        buyer's card wallet. Only fapiao issued on the WeChat Pay side can be reversed. Name each
        fapiao by `fapiao_id` and `fapiao_number`.

        - `reverse_reason`: free text (e.g. 退款) in the older mode; in the 数电 mode one of
          `ISSUE_ERROR`, `SALES_RETURN`, `SERVICE_SUSPENTION` (official spelling) or
          `SALES_DISCOUNT`.
        - WeChat Pay answers `202 Accepted` with no body: the request is only queued. The result
          arrives as `FAPIAO.REVERSED` (`FapiaoNotificationResource`) and can be read with
          `query_fapiao` (`red_fapiao`, status `REVERSED`). After an unclear outcome, check with
          `query_fapiao` before sending again; the current pages say a failed reversal may be
          retried with the same `fapiao_id` after about five minutes.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012538327

        Operation: ``reverse_fapiao`` (POST /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse); function: ``api.fapiao.reverse_fapiao``.
        """
        from ..api.fapiao import reverse_fapiao as _op

        await self._invoker.call(_op.asyncio_detailed, fapiao_apply_id=fapiao_apply_id, body=body)

    async def update_fapiao_development_config(
        self, *, body: FapiaoDevelopmentConfigUpdateRequest | Mapping[str, Any]
    ) -> FapiaoDevelopmentConfig:
        """配置开发选项

        配置开发选项 — sets the fapiao development options: `callback_url` (one URL per merchant;
        all `FAPIAO.*` notifications go there), `show_fapiao_cell` and `support_vat_fapiao`.
        `PATCH` semantics: send only what changes. The setting also applies to the merchant IDs
        bound to the same legal entity. The answer carries the options after the change.

        Setting the same values twice has the same effect; after an unclear outcome, read the
        options with `query_fapiao_development_config` and send again if they differ.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529457

        Operation: ``update_fapiao_development_config`` (PATCH /v3/new-tax-control-fapiao/merchant/development-config); function: ``api.fapiao.update_fapiao_development_config``.
        """
        from ..api.fapiao import update_fapiao_development_config as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def upload_fapiao_file(self, *, body: FapiaoFileUploadRequest) -> FapiaoFileUploadResponse:
        """上传电子发票文件

        上传电子发票文件 — uploads the file of a fapiao the merchant issued itself (PDF or OFD, at
        most 2 MB) and returns a `fapiao_media_id` for `insert_fapiao_cards`. The ID expires
        after three days, so insert the card soon after the upload.

        Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
        `{"file_type": ..., "digest_alogrithm": "SM3", "digest": ...}`, `Content-Type:
        application/json`) and `file` (the bytes). `digest` is the hexadecimal SM3 digest of the
        file bytes (64 characters). Note the official spelling `digest_alogrithm`, which must be
        sent as is. This meta part has no `sha256` or `filename`.

        **Signing rule:** as for `upload_image`, the signature covers the `meta` JSON text only,
        and the `meta` part must carry exactly those bytes.

        Not documented as idempotent; a resend only creates another file ID, and no query
        exists to confirm an unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556605

        Operation: ``upload_fapiao_file`` (POST /v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file); function: ``api.fapiao.upload_fapiao_file``.
        """
        from ..api.fapiao import upload_fapiao_file as _op

        return await self._invoker.call(_op.asyncio, body=body)


class FapiaoResourceWithRawResponse(SyncResource):
    """``fapiao`` (raw responses).

    经营工具∙电子发票 — electronic fapiao (tax invoices) for direct merchants: card template,
    issue, query, reverse and download information of fapiao applications, upload self-issued
    fapiao files and insert them into the user's card wallet, invoicing settings, tax-code
    table, buyer titles and the title link. Paths under `/v3/new-tax-control-fapiao/`.
    """

    __slots__ = ()

    def create_fapiao_card_template(
        self, *, body: FapiaoCardTemplateCreateRequest | Mapping[str, Any]
    ) -> Response[FapiaoCardTemplate]:
        """``create_fapiao_card_template`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建电子发票卡券模板
        """
        from ..api.fapiao import create_fapiao_card_template as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def insert_fapiao_cards(
        self,
        fapiao_apply_id: str,
        *,
        body: FapiaoInsertCardsRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[None]:
        """``insert_fapiao_cards`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        将电子发票插入微信用户卡包
        """
        from ..api.fapiao import insert_fapiao_cards as _op

        return self._invoker.call(
            _op.sync_detailed, fapiao_apply_id=fapiao_apply_id, body=body, wechatpay_serial=wechatpay_serial
        )

    def issue_fapiao(
        self, *, body: FapiaoIssueRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[None]:
        """``issue_fapiao`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        开具电子发票
        """
        from ..api.fapiao import issue_fapiao as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def list_fapiao_tax_codes(
        self, *, sub_mchid: str | Unset = UNSET, offset: int, limit: int
    ) -> Response[FapiaoTaxCodeList]:
        """``list_fapiao_tax_codes`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取商户可开具的商品和服务税收分类编码对照表
        """
        from ..api.fapiao import list_fapiao_tax_codes as _op

        return self._invoker.call(_op.sync_detailed, sub_mchid=sub_mchid, offset=offset, limit=limit)

    def query_fapiao(
        self, fapiao_apply_id: str, *, sub_mchid: str | Unset = UNSET, fapiao_id: str | Unset = UNSET
    ) -> Response[FapiaoApplication]:
        """``query_fapiao`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询电子发票
        """
        from ..api.fapiao import query_fapiao as _op

        return self._invoker.call(
            _op.sync_detailed, fapiao_apply_id=fapiao_apply_id, sub_mchid=sub_mchid, fapiao_id=fapiao_id
        )

    def query_fapiao_development_config(self) -> Response[FapiaoDevelopmentConfig]:
        """``query_fapiao_development_config`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商户配置的开发选项
        """
        from ..api.fapiao import query_fapiao_development_config as _op

        return self._invoker.call(_op.sync_detailed)

    def query_fapiao_download_info(
        self, fapiao_apply_id: str, *, sub_mchid: str | Unset = UNSET, fapiao_id: str | Unset = UNSET
    ) -> Response[FapiaoDownloadInfoListResponse]:
        """``query_fapiao_download_info`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取发票下载信息
        """
        from ..api.fapiao import query_fapiao_download_info as _op

        return self._invoker.call(
            _op.sync_detailed, fapiao_apply_id=fapiao_apply_id, sub_mchid=sub_mchid, fapiao_id=fapiao_id
        )

    def query_fapiao_merchant_base_information(
        self, *, sub_mchid: str | Unset = UNSET
    ) -> Response[FapiaoMerchantBaseInformation]:
        """``query_fapiao_merchant_base_information`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取商户开票基础信息
        """
        from ..api.fapiao import query_fapiao_merchant_base_information as _op

        return self._invoker.call(_op.sync_detailed, sub_mchid=sub_mchid)

    def query_fapiao_user_title(
        self, *, sub_mchid: str | Unset = UNSET, scene: QueryFapiaoUserTitleScene, fapiao_apply_id: str
    ) -> Response[FapiaoUserTitle]:
        """``query_fapiao_user_title`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取用户填写的抬头
        """
        from ..api.fapiao import query_fapiao_user_title as _op

        return self._invoker.call(_op.sync_detailed, sub_mchid=sub_mchid, scene=scene, fapiao_apply_id=fapiao_apply_id)

    def query_fapiao_user_title_url(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        fapiao_apply_id: str,
        source: QueryFapiaoUserTitleUrlSource,
        appid: str,
        openid: str,
        total_amount: int,
        seller_name: str | Unset = UNSET,
        show_phone_cell: bool | Unset = UNSET,
        must_input_phone: bool | Unset = UNSET,
        show_email_cell: bool | Unset = UNSET,
        must_input_email: bool | Unset = UNSET,
    ) -> Response[FapiaoUserTitleUrl]:
        """``query_fapiao_user_title_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取抬头填写链接
        """
        from ..api.fapiao import query_fapiao_user_title_url as _op

        return self._invoker.call(
            _op.sync_detailed,
            sub_mchid=sub_mchid,
            fapiao_apply_id=fapiao_apply_id,
            source=source,
            appid=appid,
            openid=openid,
            total_amount=total_amount,
            seller_name=seller_name,
            show_phone_cell=show_phone_cell,
            must_input_phone=must_input_phone,
            show_email_cell=show_email_cell,
            must_input_email=must_input_email,
        )

    def reverse_fapiao(self, fapiao_apply_id: str, *, body: FapiaoReverseRequest | Mapping[str, Any]) -> Response[None]:
        """``reverse_fapiao`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        冲红电子发票
        """
        from ..api.fapiao import reverse_fapiao as _op

        return self._invoker.call(_op.sync_detailed, fapiao_apply_id=fapiao_apply_id, body=body)

    def update_fapiao_development_config(
        self, *, body: FapiaoDevelopmentConfigUpdateRequest | Mapping[str, Any]
    ) -> Response[FapiaoDevelopmentConfig]:
        """``update_fapiao_development_config`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        配置开发选项
        """
        from ..api.fapiao import update_fapiao_development_config as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def upload_fapiao_file(self, *, body: FapiaoFileUploadRequest) -> Response[FapiaoFileUploadResponse]:
        """``upload_fapiao_file`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        上传电子发票文件
        """
        from ..api.fapiao import upload_fapiao_file as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncFapiaoResourceWithRawResponse(AsyncResource):
    """``fapiao`` (async, raw responses).

    经营工具∙电子发票 — electronic fapiao (tax invoices) for direct merchants: card template,
    issue, query, reverse and download information of fapiao applications, upload self-issued
    fapiao files and insert them into the user's card wallet, invoicing settings, tax-code
    table, buyer titles and the title link. Paths under `/v3/new-tax-control-fapiao/`.
    """

    __slots__ = ()

    async def create_fapiao_card_template(
        self, *, body: FapiaoCardTemplateCreateRequest | Mapping[str, Any]
    ) -> Response[FapiaoCardTemplate]:
        """``create_fapiao_card_template`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建电子发票卡券模板
        """
        from ..api.fapiao import create_fapiao_card_template as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def insert_fapiao_cards(
        self,
        fapiao_apply_id: str,
        *,
        body: FapiaoInsertCardsRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[None]:
        """``insert_fapiao_cards`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        将电子发票插入微信用户卡包
        """
        from ..api.fapiao import insert_fapiao_cards as _op

        return await self._invoker.call(
            _op.asyncio_detailed, fapiao_apply_id=fapiao_apply_id, body=body, wechatpay_serial=wechatpay_serial
        )

    async def issue_fapiao(
        self, *, body: FapiaoIssueRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[None]:
        """``issue_fapiao`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        开具电子发票
        """
        from ..api.fapiao import issue_fapiao as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def list_fapiao_tax_codes(
        self, *, sub_mchid: str | Unset = UNSET, offset: int, limit: int
    ) -> Response[FapiaoTaxCodeList]:
        """``list_fapiao_tax_codes`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取商户可开具的商品和服务税收分类编码对照表
        """
        from ..api.fapiao import list_fapiao_tax_codes as _op

        return await self._invoker.call(_op.asyncio_detailed, sub_mchid=sub_mchid, offset=offset, limit=limit)

    async def query_fapiao(
        self, fapiao_apply_id: str, *, sub_mchid: str | Unset = UNSET, fapiao_id: str | Unset = UNSET
    ) -> Response[FapiaoApplication]:
        """``query_fapiao`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询电子发票
        """
        from ..api.fapiao import query_fapiao as _op

        return await self._invoker.call(
            _op.asyncio_detailed, fapiao_apply_id=fapiao_apply_id, sub_mchid=sub_mchid, fapiao_id=fapiao_id
        )

    async def query_fapiao_development_config(self) -> Response[FapiaoDevelopmentConfig]:
        """``query_fapiao_development_config`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询商户配置的开发选项
        """
        from ..api.fapiao import query_fapiao_development_config as _op

        return await self._invoker.call(_op.asyncio_detailed)

    async def query_fapiao_download_info(
        self, fapiao_apply_id: str, *, sub_mchid: str | Unset = UNSET, fapiao_id: str | Unset = UNSET
    ) -> Response[FapiaoDownloadInfoListResponse]:
        """``query_fapiao_download_info`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取发票下载信息
        """
        from ..api.fapiao import query_fapiao_download_info as _op

        return await self._invoker.call(
            _op.asyncio_detailed, fapiao_apply_id=fapiao_apply_id, sub_mchid=sub_mchid, fapiao_id=fapiao_id
        )

    async def query_fapiao_merchant_base_information(
        self, *, sub_mchid: str | Unset = UNSET
    ) -> Response[FapiaoMerchantBaseInformation]:
        """``query_fapiao_merchant_base_information`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取商户开票基础信息
        """
        from ..api.fapiao import query_fapiao_merchant_base_information as _op

        return await self._invoker.call(_op.asyncio_detailed, sub_mchid=sub_mchid)

    async def query_fapiao_user_title(
        self, *, sub_mchid: str | Unset = UNSET, scene: QueryFapiaoUserTitleScene, fapiao_apply_id: str
    ) -> Response[FapiaoUserTitle]:
        """``query_fapiao_user_title`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取用户填写的抬头
        """
        from ..api.fapiao import query_fapiao_user_title as _op

        return await self._invoker.call(
            _op.asyncio_detailed, sub_mchid=sub_mchid, scene=scene, fapiao_apply_id=fapiao_apply_id
        )

    async def query_fapiao_user_title_url(
        self,
        *,
        sub_mchid: str | Unset = UNSET,
        fapiao_apply_id: str,
        source: QueryFapiaoUserTitleUrlSource,
        appid: str,
        openid: str,
        total_amount: int,
        seller_name: str | Unset = UNSET,
        show_phone_cell: bool | Unset = UNSET,
        must_input_phone: bool | Unset = UNSET,
        show_email_cell: bool | Unset = UNSET,
        must_input_email: bool | Unset = UNSET,
    ) -> Response[FapiaoUserTitleUrl]:
        """``query_fapiao_user_title_url`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取抬头填写链接
        """
        from ..api.fapiao import query_fapiao_user_title_url as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            sub_mchid=sub_mchid,
            fapiao_apply_id=fapiao_apply_id,
            source=source,
            appid=appid,
            openid=openid,
            total_amount=total_amount,
            seller_name=seller_name,
            show_phone_cell=show_phone_cell,
            must_input_phone=must_input_phone,
            show_email_cell=show_email_cell,
            must_input_email=must_input_email,
        )

    async def reverse_fapiao(
        self, fapiao_apply_id: str, *, body: FapiaoReverseRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``reverse_fapiao`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        冲红电子发票
        """
        from ..api.fapiao import reverse_fapiao as _op

        return await self._invoker.call(_op.asyncio_detailed, fapiao_apply_id=fapiao_apply_id, body=body)

    async def update_fapiao_development_config(
        self, *, body: FapiaoDevelopmentConfigUpdateRequest | Mapping[str, Any]
    ) -> Response[FapiaoDevelopmentConfig]:
        """``update_fapiao_development_config`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        配置开发选项
        """
        from ..api.fapiao import update_fapiao_development_config as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def upload_fapiao_file(self, *, body: FapiaoFileUploadRequest) -> Response[FapiaoFileUploadResponse]:
        """``upload_fapiao_file`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        上传电子发票文件
        """
        from ..api.fapiao import upload_fapiao_file as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
