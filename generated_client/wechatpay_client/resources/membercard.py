# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``membercard`` tag: one method per operation of ``api/membercard/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.membercard_activate_information import MembercardActivateInformation
    from ..models.membercard_bonus_request import MembercardBonusRequest
    from ..models.membercard_callback import MembercardCallback
    from ..models.membercard_callback_set_request import MembercardCallbackSetRequest
    from ..models.membercard_card import MembercardCard
    from ..models.membercard_card_create_request import MembercardCardCreateRequest
    from ..models.membercard_card_list import MembercardCardList
    from ..models.membercard_card_rights_update_request import MembercardCardRightsUpdateRequest
    from ..models.membercard_card_update_request import MembercardCardUpdateRequest
    from ..models.membercard_card_upgrade_request import MembercardCardUpgradeRequest
    from ..models.membercard_code_deposit_request import MembercardCodeDepositRequest
    from ..models.membercard_code_deposit_response import MembercardCodeDepositResponse
    from ..models.membercard_decrypted_code import MembercardDecryptedCode
    from ..models.membercard_imported_user_card import MembercardImportedUserCard
    from ..models.membercard_openid_import_request import MembercardOpenidImportRequest
    from ..models.membercard_permission_token import MembercardPermissionToken
    from ..models.membercard_permission_token_create_request import MembercardPermissionTokenCreateRequest
    from ..models.membercard_phone_import_request import MembercardPhoneImportRequest
    from ..models.membercard_phone_member_import_request import MembercardPhoneMemberImportRequest
    from ..models.membercard_phone_member_receive_status import MembercardPhoneMemberReceiveStatus
    from ..models.membercard_qrcode import MembercardQrcode
    from ..models.membercard_qrcode_create_request import MembercardQrcodeCreateRequest
    from ..models.membercard_service_module import MembercardServiceModule
    from ..models.membercard_service_module_add_request import MembercardServiceModuleAddRequest
    from ..models.membercard_service_module_data_set_request import MembercardServiceModuleDataSetRequest
    from ..models.membercard_service_module_update_request import MembercardServiceModuleUpdateRequest
    from ..models.membercard_user_card import MembercardUserCard
    from ..models.membercard_user_card_activate_request import MembercardUserCardActivateRequest
    from ..models.membercard_user_card_invalidate_request import MembercardUserCardInvalidateRequest
    from ..models.membercard_user_card_list import MembercardUserCardList
    from ..models.membercard_user_card_rights_update_request import MembercardUserCardRightsUpdateRequest
    from ..models.membercard_user_card_update_request import MembercardUserCardUpdateRequest
    from ..types import Response, Unset


class MembercardResource(SyncResource):
    """``membercard`` (typed results).

    会员卡 — WeChat Pay member cards (会员卡∙基础功能, 会员卡, 会员卡∙运营投放, 会员卡∙服务项,
    会员卡∙权益设置): card templates, users' cards and code deposit, member imports by OpenID or
    phone number, the card-event callback address, QR codes and jump activation, service modules
    and member rights and points. Paths under `/v3/marketing/membercard-open/`.
    """

    __slots__ = ()

    def activate_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardActivateRequest | Mapping[str, Any]
    ) -> None:
        """激活会员卡（跳转型激活）

        激活会员卡（跳转型激活） — with jump activation, once the user reached the merchant's page
        (and the code was decoded with `decrypt_membercard_code`), activate the user's card,
        optionally giving it the merchant's own membership number. Success is `204` with no
        body; WeChat Pay also sends `MEMBERCARD.ACTIVATE_CARD`. After an unclear outcome,
        `query_membercard_user_card` shows whether the card left `NOT_ACTIVATE`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550809

        Operation: ``activate_membercard_user_card`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate); function: ``api.membercard.activate_membercard_user_card``.
        """
        from ..api.membercard import activate_membercard_user_card as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def add_membercard_service_module(
        self, card_id: str, *, body: MembercardServiceModuleAddRequest | Mapping[str, Any]
    ) -> MembercardServiceModule:
        """添加会员卡服务项

        添加会员卡服务项 — show a member service module (by `service_module_id`) on a card
        template, opening the given mini-program page. The answer echoes the module as added.

        No query lists a template's service modules; what a second add of the same module does
        is not documented.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167277

        Operation: ``add_membercard_service_module`` (POST /v3/marketing/membercard-open/cards/{card_id}/service-modules); function: ``api.membercard.add_membercard_service_module``.
        """
        from ..api.membercard import add_membercard_service_module as _op

        return self._invoker.call(_op.sync, card_id=card_id, body=body)

    def commit_membercard_bonus(
        self, card_id: str, code: str, *, body: MembercardBonusRequest | Mapping[str, Any]
    ) -> None:
        """设置支付后展示的积分到账

        设置支付后展示的积分到账 — after `prepare_membercard_bonus` showed points on the payment
        result page of an order, mark those points as credited once they really are; the order
        is named by the paying merchant (`mchid`) and its `out_trade_no`. Success is `204` with
        no body.

        No query returns the displayed points' state; marking the same order again describes
        the same fact.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551350

        Operation: ``commit_membercard_bonus`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit); function: ``api.membercard.commit_membercard_bonus``.
        """
        from ..api.membercard import commit_membercard_bonus as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def create_membercard_card(self, *, body: MembercardCardCreateRequest | Mapping[str, Any]) -> MembercardCard:
        """创建会员卡模板

        创建会员卡模板 — create a member-card template for one of the merchant's brands; the answer
        is the new template, including its `card_id`, which every other call of this family
        takes. A new template starts in review (`status` `NOT_APPROVE`).

        - `appid` is the merchant's service account (服务号) AppID, bound to the brand; member
          messages reach users through it. `logo_url` and `background_picture_url` must be URLs
          returned by the marketing image upload.
        - `code_mode` decides where user-card codes come from: allocated by WeChat Pay
          (`SYSTEM_ALLOCATE`, stock = `total_quantity`), deposited in advance by the merchant
          (`MERCHANT_DEPOSIT`, see `deposit_membercard_codes`) or chosen when the card is
          imported (`REAL_TIME`).
        - Card events (a user takes, activates, views or deletes a card) are sent to the
          address set with `set_membercard_callback` as `MEMBERCARD.*` notifications.
        - Not documented as idempotent. After a timeout or a 5XX, look for a template carrying the
          same `out_request_no` with `list_membercard_cards` before creating again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545584

        Operation: ``create_membercard_card`` (POST /v3/marketing/membercard-open/cards); function: ``api.membercard.create_membercard_card``.
        """
        from ..api.membercard import create_membercard_card as _op

        return self._invoker.call(_op.sync, body=body)

    def create_membercard_permission_token(
        self, card_id: str, *, body: MembercardPermissionTokenCreateRequest | Mapping[str, Any]
    ) -> MembercardPermissionToken:
        """商户预授权

        商户预授权 — issue a pre-authorisation token (`permission_token`) that lets the merchant's
        page or mini program open the card component and hand out this card, with the
        activation mode (`AUTO_ACTIVATE` or `JUMP_ACTIVATE` plus its target) and an optional
        scene value (`outer_str`, echoed in the card notifications).

        Each call only issues a token; nothing is stored that a query could return, and a
        resend yields another usable token.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550867

        Operation: ``create_membercard_permission_token`` (POST /v3/marketing/membercard-open/cards/{card_id}/permission-tokens); function: ``api.membercard.create_membercard_permission_token``.
        """
        from ..api.membercard import create_membercard_permission_token as _op

        return self._invoker.call(_op.sync, card_id=card_id, body=body)

    def create_membercard_qrcode(
        self, card_id: str, *, body: MembercardQrcodeCreateRequest | Mapping[str, Any]
    ) -> MembercardQrcode:
        """创建会员卡二维码

        创建会员卡二维码 — create the address of a QR code that distributes this card: a user who
        scans it can take the card, activated automatically (`AUTO_ACTIVATE`) or by jumping to
        the merchant's page or mini program (`JUMP_ACTIVATE`). `outer_str` marks the channel
        and comes back in the card notifications.

        No query lists created QR codes; a resend only creates another one.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550605

        Operation: ``create_membercard_qrcode`` (POST /v3/marketing/membercard-open/cards/{card_id}/qrcode); function: ``api.membercard.create_membercard_qrcode``.
        """
        from ..api.membercard import create_membercard_qrcode as _op

        return self._invoker.call(_op.sync, card_id=card_id, body=body)

    def decrypt_membercard_code(self, card_id: str, *, encrypt_code: str) -> MembercardDecryptedCode:
        """加密code解码（跳转型激活）

        加密code解码（跳转型激活） — with jump activation, the address the user lands on carries
        the card code in encrypted form (`encrypt_code`); this call returns the real `code`.
        Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550742

        Operation: ``decrypt_membercard_code`` (GET /v3/marketing/membercard-open/cards/{card_id}/decrypt-code); function: ``api.membercard.decrypt_membercard_code``.
        """
        from ..api.membercard import decrypt_membercard_code as _op

        return self._invoker.call(_op.sync, card_id=card_id, encrypt_code=encrypt_code)

    def delete_membercard_card(self, card_id: str) -> None:
        """删除会员卡模板

        删除会员卡模板 — delete a member-card template. Afterwards the card can no longer be
        distributed through any channel. Success is `204` with no body. After an unclear
        outcome, `query_membercard_card` shows `status` `DELETED` once the deletion took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549682

        Operation: ``delete_membercard_card`` (DELETE /v3/marketing/membercard-open/cards/{card_id}); function: ``api.membercard.delete_membercard_card``.
        """
        from ..api.membercard import delete_membercard_card as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id)

    def deposit_membercard_codes(
        self, card_id: str, *, body: MembercardCodeDepositRequest | Mapping[str, Any]
    ) -> MembercardCodeDepositResponse:
        """导入会员Code

        导入会员Code — for a template whose `code_mode` is `MERCHANT_DEPOSIT` (预存code), upload
        the codes users will receive. The template's stock becomes the number of deposited
        codes, and each user who takes the card gets one of them at random. The answer reports
        each code as `SUCCESS`, `DUPLICATE` (already deposited) or `FAIL`.

        No query lists deposited codes. A code sent again is reported `DUPLICATE` rather than
        added twice, so after an unclear outcome the same list can be resent and the per-code
        results read.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545728

        Operation: ``deposit_membercard_codes`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/deposit); function: ``api.membercard.deposit_membercard_codes``.
        """
        from ..api.membercard import deposit_membercard_codes as _op

        return self._invoker.call(_op.sync, card_id=card_id, body=body)

    def import_membercard_phone_member(
        self, *, body: MembercardPhoneMemberImportRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> None:
        """导入加密手机号提醒会员领卡

        导入加密手机号提醒会员领卡 — for registered members who have not taken the card yet,
        import their phone number (members with a WeChat Pay transaction at the brand within the
        last year); WeChat then reminds them in the card wallet to add the card. Success is
        `204` with no body; a user who takes the card this way is reported as
        `MEMBERCARD.ACCEPT_CARD` with `event_type` `MEMBER_CARD_ACCEPT_BY_PHONE_NUMBER`.

        - `encrypted_phone_number` is sensitive: pass the plaintext number; the SDK encrypts it
          and sets `Wechatpay-Serial`.
        - After an unclear outcome, `query_membercard_phone_member` tells whether the number was
          imported (it only answers for imported numbers).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166226

        Operation: ``import_membercard_phone_member`` (POST /v3/marketing/membercard-open/phonenumber-member/import); function: ``api.membercard.import_membercard_phone_member``.
        """
        from ..api.membercard import import_membercard_phone_member as _op

        self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def import_membercard_user_card_by_openid(
        self, card_id: str, *, body: MembercardOpenidImportRequest | Mapping[str, Any]
    ) -> MembercardImportedUserCard:
        """根据openid导入用户会员卡

        根据openid导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
        by the user's OpenID (from the merchant's official account or mini program), so that
        members who signed up elsewhere are recognised and not subsidised again by
        new-member gifts. The answer is the user card's `code`.

        Not documented as idempotent. After an unclear outcome, list the user's cards with
        `list_membercard_user_cards` (same `openid`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549739

        Operation: ``import_membercard_user_card_by_openid`` (POST /v3/marketing/membercard-open/cards/{card_id}/users/import); function: ``api.membercard.import_membercard_user_card_by_openid``.
        """
        from ..api.membercard import import_membercard_user_card_by_openid as _op

        return self._invoker.call(_op.sync, card_id=card_id, body=body)

    def import_membercard_user_card_by_phone(
        self,
        card_id: str,
        *,
        body: MembercardPhoneImportRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> MembercardImportedUserCard:
        """根据手机号导入用户会员卡

        根据手机号导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
        by the user's phone number, so that the merchant's existing members are recognised (for
        instance, not subsidised again by a new-member gift). The answer is the user card's
        `code`.

        - `encrypted_phone_number` is sensitive: pass the plaintext number; the SDK encrypts it
          with the WeChat Pay public key and sets `Wechatpay-Serial`.
        - Not documented as idempotent, and no query finds a user card by phone number or
          `out_request_no`; after an unclear outcome the result cannot be checked before a
          resend (keep the same `out_request_no`).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550535

        Operation: ``import_membercard_user_card_by_phone`` (POST /v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import); function: ``api.membercard.import_membercard_user_card_by_phone``.
        """
        from ..api.membercard import import_membercard_user_card_by_phone as _op

        return self._invoker.call(_op.sync, card_id=card_id, body=body, wechatpay_serial=wechatpay_serial)

    def invalidate_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardInvalidateRequest | Mapping[str, Any]
    ) -> None:
        """作废用户会员卡

        作废用户会员卡 — make one user's member card invalid, optionally with a reason. Success is
        `204` with no body. After an unclear outcome, `query_membercard_user_card` shows
        `user_card_status` `UNAVAILABLE` once the card was invalidated.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549677

        Operation: ``invalidate_membercard_user_card`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable); function: ``api.membercard.invalidate_membercard_user_card``.
        """
        from ..api.membercard import invalidate_membercard_user_card as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def list_membercard_cards(
        self, *, brand_id: str | Unset = UNSET, appid: str | Unset = UNSET, offset: int, limit: int
    ) -> MembercardCardList:
        """查询会员卡模板列表

        查询会员卡模板列表 — list the member-card templates of a brand (or of an AppID), a page at
        a time: `offset` is the page number starting at 0 and `limit` the page size (at most 20).
        Each entry is a full template, with its `out_request_no`, so this also finds a template
        whose creation had an unclear outcome. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547108

        Operation: ``list_membercard_cards`` (GET /v3/marketing/membercard-open/cards); function: ``api.membercard.list_membercard_cards``.
        """
        from ..api.membercard import list_membercard_cards as _op

        return self._invoker.call(_op.sync, brand_id=brand_id, appid=appid, offset=offset, limit=limit)

    def list_membercard_user_cards(
        self, *, openid: str, appid: str | Unset = UNSET, offset: int, limit: int
    ) -> MembercardUserCardList:
        """查询用户在品牌下所有会员卡

        查询用户在品牌下所有会员卡 — list the member cards (template `card_id` and user `code`)
        that one user (`openid`) holds under the merchant's brand, a page at a time. It also
        resolves an unclear outcome of `import_membercard_user_card_by_openid`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549255

        Operation: ``list_membercard_user_cards`` (GET /v3/marketing/membercard-open/user/cards); function: ``api.membercard.list_membercard_user_cards``.
        """
        from ..api.membercard import list_membercard_user_cards as _op

        return self._invoker.call(_op.sync, openid=openid, appid=appid, offset=offset, limit=limit)

    def prepare_membercard_bonus(
        self, card_id: str, code: str, *, body: MembercardBonusRequest | Mapping[str, Any]
    ) -> None:
        """支付结果页展示会员积分

        支付结果页展示会员积分 — show on the payment result page of one order the member points
        that order earns (`bonus_value`); the order is named by the paying merchant (`mchid`)
        and its `out_trade_no`. Confirm the points later with `commit_membercard_bonus`. Success
        is `204` with no body.

        No query returns what the result page shows.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012595808

        Operation: ``prepare_membercard_bonus`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare); function: ``api.membercard.prepare_membercard_bonus``.
        """
        from ..api.membercard import prepare_membercard_bonus as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def query_membercard_activate_information(self, activate_ticket: str) -> MembercardActivateInformation:
        """获取用户信息（跳转型激活）

        获取用户信息（跳转型激活） — with jump activation (`JUMP_ACTIVATE`), the card component
        sends the user to the merchant's H5 page or mini program and appends `openid`, an
        encrypted code (`encrypt_code`) and an `activate_ticket` to the address. This call
        exchanges the ticket for what the user entered on the sign-up form (and their nickname
        and avatar). Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550779

        Operation: ``query_membercard_activate_information`` (GET /v3/marketing/membercard-open/activate-informations/{activate_ticket}); function: ``api.membercard.query_membercard_activate_information``.
        """
        from ..api.membercard import query_membercard_activate_information as _op

        return self._invoker.call(_op.sync, activate_ticket=activate_ticket)

    def query_membercard_callback(self) -> MembercardCallback:
        """查询回调地址

        查询回调地址 — read the address that receives the merchant's member-card event
        notifications (`MEMBERCARD.*`). It resolves an unclear outcome of
        `set_membercard_callback`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012552275

        Operation: ``query_membercard_callback`` (GET /v3/marketing/membercard-open/callback); function: ``api.membercard.query_membercard_callback``.
        """
        from ..api.membercard import query_membercard_callback as _op

        return self._invoker.call(_op.sync)

    def query_membercard_card(self, card_id: str) -> MembercardCard:
        """查询会员卡模板信息

        查询会员卡模板信息 — read one member-card template: its content, review `status`,
        remaining stock and validity. This is the lookup that resolves an unclear outcome of
        `update_membercard_card`, `delete_membercard_card` (status `DELETED`) and
        `upgrade_membercard_card`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547650

        Operation: ``query_membercard_card`` (GET /v3/marketing/membercard-open/cards/{card_id}); function: ``api.membercard.query_membercard_card``.
        """
        from ..api.membercard import query_membercard_card as _op

        return self._invoker.call(_op.sync, card_id=card_id)

    def query_membercard_phone_member(
        self, *, card_id: str, encrypted_phone_number: str, wechatpay_serial: str | Unset = UNSET
    ) -> MembercardPhoneMemberReceiveStatus:
        """通过加密手机号查询会员领卡状态

        通过加密手机号查询会员领卡状态 — for a phone number imported with
        `import_membercard_phone_member`, tell whether the reminder was shown and whether the
        user took the card (`receive_status`), and if so the user card. Safe to repeat.

        The phone number travels encrypted in the query string (`encrypted_phone_number`): pass
        the plaintext number; the SDK encrypts it (RSA-OAEP with the WeChat Pay key) and sets
        `Wechatpay-Serial` before signing.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166232

        Operation: ``query_membercard_phone_member`` (GET /v3/marketing/membercard-open/phonenumber-member/search); function: ``api.membercard.query_membercard_phone_member``.
        """
        from ..api.membercard import query_membercard_phone_member as _op

        return self._invoker.call(
            _op.sync, card_id=card_id, encrypted_phone_number=encrypted_phone_number, wechatpay_serial=wechatpay_serial
        )

    def query_membercard_user_card(self, card_id: str, code: str) -> MembercardUserCard:
        """查询用户会员卡信息

        查询用户会员卡信息 — read one user's member card (by template and code): its status,
        level, points (`bonus_value`), stored-value balance and the sign-up information the
        user entered. This is the lookup that resolves an unclear outcome of the calls that
        change a user card (`update_membercard_user_card`, `invalidate_membercard_user_card`,
        `activate_membercard_user_card`, `update_membercard_user_card_rights`). Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547768

        Operation: ``query_membercard_user_card`` (GET /v3/marketing/membercard-open/cards/{card_id}/codes/{code}); function: ``api.membercard.query_membercard_user_card``.
        """
        from ..api.membercard import query_membercard_user_card as _op

        return self._invoker.call(_op.sync, card_id=card_id, code=code)

    def remove_membercard_service_module(self, card_id: str, service_module_id: str) -> None:
        """移除会员卡服务项

        移除会员卡服务项 — take a service module off a card template; users' card pages stop
        showing it. Success is `204` with no body. No query returns a template's service
        modules.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167557

        Operation: ``remove_membercard_service_module`` (DELETE /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}); function: ``api.membercard.remove_membercard_service_module``.
        """
        from ..api.membercard import remove_membercard_service_module as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id, service_module_id=service_module_id)

    def set_membercard_callback(self, *, body: MembercardCallbackSetRequest | Mapping[str, Any]) -> MembercardCallback:
        """设置回调地址

        设置回调地址 — set the address that receives the member-card event notifications:
        `MEMBERCARD.ACCEPT_CARD` (a user took a card), `MEMBERCARD.ACTIVATE_CARD` (a card was
        activated) and `MEMBERCARD.USERCARD_MANAGE` (a user viewed or deleted a card or changed
        their information); see the `Membercard*NotificationResource` schemas. The product
        permission must first be opened by the card's creator in the merchant platform.

        Setting the same address again has the same effect; after an unclear outcome read it
        back with `query_membercard_callback`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012552251

        Operation: ``set_membercard_callback`` (PATCH /v3/marketing/membercard-open/callback); function: ``api.membercard.set_membercard_callback``.
        """
        from ..api.membercard import set_membercard_callback as _op

        return self._invoker.call(_op.sync, body=body)

    def set_membercard_service_module_data(
        self, card_id: str, code: str, *, body: MembercardServiceModuleDataSetRequest | Mapping[str, Any]
    ) -> None:
        """设置会员服务项用户信息

        设置会员服务项用户信息 — update what one user's card shows for a service module (for
        instance a hotel stay: the state, content fields and an action button that opens the
        merchant's mini program) and optionally send the user a service message from a message
        template. Success is `204` with no body.

        No query returns a user's service-module state, and a resend may message the user
        again; avoid blind resends of calls with `message_template_setting`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166964

        Operation: ``set_membercard_service_module_data`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data); function: ``api.membercard.set_membercard_service_module_data``.
        """
        from ..api.membercard import set_membercard_service_module_data as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def update_membercard_card(self, card_id: str, *, body: MembercardCardUpdateRequest | Mapping[str, Any]) -> None:
        """修改会员卡模板信息

        修改会员卡模板信息 — change a member-card template: its basic content, stock, validity,
        stored-value settings, the sign-up form and the supplementary statement. Only the
        fields sent are changed. Success is `204` with no body.

        After an unclear outcome, read the template with `query_membercard_card`; sending the
        same values again leaves the same template.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549567

        Operation: ``update_membercard_card`` (PATCH /v3/marketing/membercard-open/cards/{card_id}); function: ``api.membercard.update_membercard_card``.
        """
        from ..api.membercard import update_membercard_card as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)

    def update_membercard_card_rights(
        self, card_id: str, *, body: MembercardCardRightsUpdateRequest | Mapping[str, Any]
    ) -> None:
        """设置会员卡模板权益项

        设置会员卡模板权益项 — choose which rights modules a card template shows on users' card
        pages (points, member offers and coupons, fapiao, personal adviser) and how each is
        worded and where it leads. Success is `204` with no body.

        No query returns a template's rights settings; sending the same settings again has the
        same effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551219

        Operation: ``update_membercard_card_rights`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/rights); function: ``api.membercard.update_membercard_card_rights``.
        """
        from ..api.membercard import update_membercard_card_rights as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)

    def update_membercard_service_module(
        self, card_id: str, service_module_id: str, *, body: MembercardServiceModuleUpdateRequest | Mapping[str, Any]
    ) -> MembercardServiceModule:
        """修改会员卡服务项

        修改会员卡服务项 — change the mini-program page a service module of a card template
        opens. The answer echoes the module as changed. Sending the same target again has the
        same effect; no query returns a template's service modules.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167417

        Operation: ``update_membercard_service_module`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}); function: ``api.membercard.update_membercard_service_module``.
        """
        from ..api.membercard import update_membercard_service_module as _op

        return self._invoker.call(_op.sync, card_id=card_id, service_module_id=service_module_id, body=body)

    def update_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardUpdateRequest | Mapping[str, Any]
    ) -> None:
        """修改用户会员卡信息

        修改用户会员卡信息 — change one user's card: background picture, membership number, level
        and stored-value balance. A balance change states the balance before and after and the
        difference; `need_inform_balance` / `need_inform_level` ask WeChat Pay to tell the user.
        Success is `204` with no body.

        Not documented as idempotent: a balance change resent after a timeout could be applied
        (and announced) twice. Read the card with `query_membercard_user_card` first.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549292

        Operation: ``update_membercard_user_card`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}); function: ``api.membercard.update_membercard_user_card``.
        """
        from ..api.membercard import update_membercard_user_card as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def update_membercard_user_card_rights(
        self, card_id: str, code: str, *, body: MembercardUserCardRightsUpdateRequest | Mapping[str, Any]
    ) -> None:
        """设置会员权益

        设置会员权益 — set one user's member rights: the points (before, after and the change,
        optionally telling the user), the member-price wording, the fapiao link wording and the
        personal adviser shown on their card. Success is `204` with no body.

        Not documented as idempotent: a points change resent after a timeout could be applied
        twice. Read the card (`bonus_value`) with `query_membercard_user_card` first.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551213

        Operation: ``update_membercard_user_card_rights`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights); function: ``api.membercard.update_membercard_user_card_rights``.
        """
        from ..api.membercard import update_membercard_user_card_rights as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def upgrade_membercard_card(self, card_id: str, *, body: MembercardCardUpgradeRequest | Mapping[str, Any]) -> None:
        """老会员卡模板升级

        老会员卡模板升级 — turn a member card created on the WeChat Official Accounts Platform
        (公众平台) into a WeChat Pay member card by binding its `card_id` to a brand. The
        upgraded card can then use this family's newer features (member rights, service modules,
        member gifts). Success is `204` with no body. After an unclear outcome, read the card
        with `query_membercard_card` and check its `brand`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545673

        Operation: ``upgrade_membercard_card`` (POST /v3/marketing/membercard-open/cards/{card_id}/upgrade); function: ``api.membercard.upgrade_membercard_card``.
        """
        from ..api.membercard import upgrade_membercard_card as _op

        self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)


class AsyncMembercardResource(AsyncResource):
    """``membercard`` (async, typed results).

    会员卡 — WeChat Pay member cards (会员卡∙基础功能, 会员卡, 会员卡∙运营投放, 会员卡∙服务项,
    会员卡∙权益设置): card templates, users' cards and code deposit, member imports by OpenID or
    phone number, the card-event callback address, QR codes and jump activation, service modules
    and member rights and points. Paths under `/v3/marketing/membercard-open/`.
    """

    __slots__ = ()

    async def activate_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardActivateRequest | Mapping[str, Any]
    ) -> None:
        """激活会员卡（跳转型激活）

        激活会员卡（跳转型激活） — with jump activation, once the user reached the merchant's page
        (and the code was decoded with `decrypt_membercard_code`), activate the user's card,
        optionally giving it the merchant's own membership number. Success is `204` with no
        body; WeChat Pay also sends `MEMBERCARD.ACTIVATE_CARD`. After an unclear outcome,
        `query_membercard_user_card` shows whether the card left `NOT_ACTIVATE`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550809

        Operation: ``activate_membercard_user_card`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate); function: ``api.membercard.activate_membercard_user_card``.
        """
        from ..api.membercard import activate_membercard_user_card as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def add_membercard_service_module(
        self, card_id: str, *, body: MembercardServiceModuleAddRequest | Mapping[str, Any]
    ) -> MembercardServiceModule:
        """添加会员卡服务项

        添加会员卡服务项 — show a member service module (by `service_module_id`) on a card
        template, opening the given mini-program page. The answer echoes the module as added.

        No query lists a template's service modules; what a second add of the same module does
        is not documented.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167277

        Operation: ``add_membercard_service_module`` (POST /v3/marketing/membercard-open/cards/{card_id}/service-modules); function: ``api.membercard.add_membercard_service_module``.
        """
        from ..api.membercard import add_membercard_service_module as _op

        return await self._invoker.call(_op.asyncio, card_id=card_id, body=body)

    async def commit_membercard_bonus(
        self, card_id: str, code: str, *, body: MembercardBonusRequest | Mapping[str, Any]
    ) -> None:
        """设置支付后展示的积分到账

        设置支付后展示的积分到账 — after `prepare_membercard_bonus` showed points on the payment
        result page of an order, mark those points as credited once they really are; the order
        is named by the paying merchant (`mchid`) and its `out_trade_no`. Success is `204` with
        no body.

        No query returns the displayed points' state; marking the same order again describes
        the same fact.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551350

        Operation: ``commit_membercard_bonus`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit); function: ``api.membercard.commit_membercard_bonus``.
        """
        from ..api.membercard import commit_membercard_bonus as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def create_membercard_card(self, *, body: MembercardCardCreateRequest | Mapping[str, Any]) -> MembercardCard:
        """创建会员卡模板

        创建会员卡模板 — create a member-card template for one of the merchant's brands; the answer
        is the new template, including its `card_id`, which every other call of this family
        takes. A new template starts in review (`status` `NOT_APPROVE`).

        - `appid` is the merchant's service account (服务号) AppID, bound to the brand; member
          messages reach users through it. `logo_url` and `background_picture_url` must be URLs
          returned by the marketing image upload.
        - `code_mode` decides where user-card codes come from: allocated by WeChat Pay
          (`SYSTEM_ALLOCATE`, stock = `total_quantity`), deposited in advance by the merchant
          (`MERCHANT_DEPOSIT`, see `deposit_membercard_codes`) or chosen when the card is
          imported (`REAL_TIME`).
        - Card events (a user takes, activates, views or deletes a card) are sent to the
          address set with `set_membercard_callback` as `MEMBERCARD.*` notifications.
        - Not documented as idempotent. After a timeout or a 5XX, look for a template carrying the
          same `out_request_no` with `list_membercard_cards` before creating again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545584

        Operation: ``create_membercard_card`` (POST /v3/marketing/membercard-open/cards); function: ``api.membercard.create_membercard_card``.
        """
        from ..api.membercard import create_membercard_card as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def create_membercard_permission_token(
        self, card_id: str, *, body: MembercardPermissionTokenCreateRequest | Mapping[str, Any]
    ) -> MembercardPermissionToken:
        """商户预授权

        商户预授权 — issue a pre-authorisation token (`permission_token`) that lets the merchant's
        page or mini program open the card component and hand out this card, with the
        activation mode (`AUTO_ACTIVATE` or `JUMP_ACTIVATE` plus its target) and an optional
        scene value (`outer_str`, echoed in the card notifications).

        Each call only issues a token; nothing is stored that a query could return, and a
        resend yields another usable token.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550867

        Operation: ``create_membercard_permission_token`` (POST /v3/marketing/membercard-open/cards/{card_id}/permission-tokens); function: ``api.membercard.create_membercard_permission_token``.
        """
        from ..api.membercard import create_membercard_permission_token as _op

        return await self._invoker.call(_op.asyncio, card_id=card_id, body=body)

    async def create_membercard_qrcode(
        self, card_id: str, *, body: MembercardQrcodeCreateRequest | Mapping[str, Any]
    ) -> MembercardQrcode:
        """创建会员卡二维码

        创建会员卡二维码 — create the address of a QR code that distributes this card: a user who
        scans it can take the card, activated automatically (`AUTO_ACTIVATE`) or by jumping to
        the merchant's page or mini program (`JUMP_ACTIVATE`). `outer_str` marks the channel
        and comes back in the card notifications.

        No query lists created QR codes; a resend only creates another one.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550605

        Operation: ``create_membercard_qrcode`` (POST /v3/marketing/membercard-open/cards/{card_id}/qrcode); function: ``api.membercard.create_membercard_qrcode``.
        """
        from ..api.membercard import create_membercard_qrcode as _op

        return await self._invoker.call(_op.asyncio, card_id=card_id, body=body)

    async def decrypt_membercard_code(self, card_id: str, *, encrypt_code: str) -> MembercardDecryptedCode:
        """加密code解码（跳转型激活）

        加密code解码（跳转型激活） — with jump activation, the address the user lands on carries
        the card code in encrypted form (`encrypt_code`); this call returns the real `code`.
        Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550742

        Operation: ``decrypt_membercard_code`` (GET /v3/marketing/membercard-open/cards/{card_id}/decrypt-code); function: ``api.membercard.decrypt_membercard_code``.
        """
        from ..api.membercard import decrypt_membercard_code as _op

        return await self._invoker.call(_op.asyncio, card_id=card_id, encrypt_code=encrypt_code)

    async def delete_membercard_card(self, card_id: str) -> None:
        """删除会员卡模板

        删除会员卡模板 — delete a member-card template. Afterwards the card can no longer be
        distributed through any channel. Success is `204` with no body. After an unclear
        outcome, `query_membercard_card` shows `status` `DELETED` once the deletion took effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549682

        Operation: ``delete_membercard_card`` (DELETE /v3/marketing/membercard-open/cards/{card_id}); function: ``api.membercard.delete_membercard_card``.
        """
        from ..api.membercard import delete_membercard_card as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id)

    async def deposit_membercard_codes(
        self, card_id: str, *, body: MembercardCodeDepositRequest | Mapping[str, Any]
    ) -> MembercardCodeDepositResponse:
        """导入会员Code

        导入会员Code — for a template whose `code_mode` is `MERCHANT_DEPOSIT` (预存code), upload
        the codes users will receive. The template's stock becomes the number of deposited
        codes, and each user who takes the card gets one of them at random. The answer reports
        each code as `SUCCESS`, `DUPLICATE` (already deposited) or `FAIL`.

        No query lists deposited codes. A code sent again is reported `DUPLICATE` rather than
        added twice, so after an unclear outcome the same list can be resent and the per-code
        results read.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545728

        Operation: ``deposit_membercard_codes`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/deposit); function: ``api.membercard.deposit_membercard_codes``.
        """
        from ..api.membercard import deposit_membercard_codes as _op

        return await self._invoker.call(_op.asyncio, card_id=card_id, body=body)

    async def import_membercard_phone_member(
        self, *, body: MembercardPhoneMemberImportRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> None:
        """导入加密手机号提醒会员领卡

        导入加密手机号提醒会员领卡 — for registered members who have not taken the card yet,
        import their phone number (members with a WeChat Pay transaction at the brand within the
        last year); WeChat then reminds them in the card wallet to add the card. Success is
        `204` with no body; a user who takes the card this way is reported as
        `MEMBERCARD.ACCEPT_CARD` with `event_type` `MEMBER_CARD_ACCEPT_BY_PHONE_NUMBER`.

        - `encrypted_phone_number` is sensitive: pass the plaintext number; the SDK encrypts it
          and sets `Wechatpay-Serial`.
        - After an unclear outcome, `query_membercard_phone_member` tells whether the number was
          imported (it only answers for imported numbers).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166226

        Operation: ``import_membercard_phone_member`` (POST /v3/marketing/membercard-open/phonenumber-member/import); function: ``api.membercard.import_membercard_phone_member``.
        """
        from ..api.membercard import import_membercard_phone_member as _op

        await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def import_membercard_user_card_by_openid(
        self, card_id: str, *, body: MembercardOpenidImportRequest | Mapping[str, Any]
    ) -> MembercardImportedUserCard:
        """根据openid导入用户会员卡

        根据openid导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
        by the user's OpenID (from the merchant's official account or mini program), so that
        members who signed up elsewhere are recognised and not subsidised again by
        new-member gifts. The answer is the user card's `code`.

        Not documented as idempotent. After an unclear outcome, list the user's cards with
        `list_membercard_user_cards` (same `openid`) before resending.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549739

        Operation: ``import_membercard_user_card_by_openid`` (POST /v3/marketing/membercard-open/cards/{card_id}/users/import); function: ``api.membercard.import_membercard_user_card_by_openid``.
        """
        from ..api.membercard import import_membercard_user_card_by_openid as _op

        return await self._invoker.call(_op.asyncio, card_id=card_id, body=body)

    async def import_membercard_user_card_by_phone(
        self,
        card_id: str,
        *,
        body: MembercardPhoneImportRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> MembercardImportedUserCard:
        """根据手机号导入用户会员卡

        根据手机号导入用户会员卡 — bring an existing member into WeChat Pay's member-card system
        by the user's phone number, so that the merchant's existing members are recognised (for
        instance, not subsidised again by a new-member gift). The answer is the user card's
        `code`.

        - `encrypted_phone_number` is sensitive: pass the plaintext number; the SDK encrypts it
          with the WeChat Pay public key and sets `Wechatpay-Serial`.
        - Not documented as idempotent, and no query finds a user card by phone number or
          `out_request_no`; after an unclear outcome the result cannot be checked before a
          resend (keep the same `out_request_no`).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550535

        Operation: ``import_membercard_user_card_by_phone`` (POST /v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import); function: ``api.membercard.import_membercard_user_card_by_phone``.
        """
        from ..api.membercard import import_membercard_user_card_by_phone as _op

        return await self._invoker.call(_op.asyncio, card_id=card_id, body=body, wechatpay_serial=wechatpay_serial)

    async def invalidate_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardInvalidateRequest | Mapping[str, Any]
    ) -> None:
        """作废用户会员卡

        作废用户会员卡 — make one user's member card invalid, optionally with a reason. Success is
        `204` with no body. After an unclear outcome, `query_membercard_user_card` shows
        `user_card_status` `UNAVAILABLE` once the card was invalidated.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549677

        Operation: ``invalidate_membercard_user_card`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable); function: ``api.membercard.invalidate_membercard_user_card``.
        """
        from ..api.membercard import invalidate_membercard_user_card as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def list_membercard_cards(
        self, *, brand_id: str | Unset = UNSET, appid: str | Unset = UNSET, offset: int, limit: int
    ) -> MembercardCardList:
        """查询会员卡模板列表

        查询会员卡模板列表 — list the member-card templates of a brand (or of an AppID), a page at
        a time: `offset` is the page number starting at 0 and `limit` the page size (at most 20).
        Each entry is a full template, with its `out_request_no`, so this also finds a template
        whose creation had an unclear outcome. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547108

        Operation: ``list_membercard_cards`` (GET /v3/marketing/membercard-open/cards); function: ``api.membercard.list_membercard_cards``.
        """
        from ..api.membercard import list_membercard_cards as _op

        return await self._invoker.call(_op.asyncio, brand_id=brand_id, appid=appid, offset=offset, limit=limit)

    async def list_membercard_user_cards(
        self, *, openid: str, appid: str | Unset = UNSET, offset: int, limit: int
    ) -> MembercardUserCardList:
        """查询用户在品牌下所有会员卡

        查询用户在品牌下所有会员卡 — list the member cards (template `card_id` and user `code`)
        that one user (`openid`) holds under the merchant's brand, a page at a time. It also
        resolves an unclear outcome of `import_membercard_user_card_by_openid`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549255

        Operation: ``list_membercard_user_cards`` (GET /v3/marketing/membercard-open/user/cards); function: ``api.membercard.list_membercard_user_cards``.
        """
        from ..api.membercard import list_membercard_user_cards as _op

        return await self._invoker.call(_op.asyncio, openid=openid, appid=appid, offset=offset, limit=limit)

    async def prepare_membercard_bonus(
        self, card_id: str, code: str, *, body: MembercardBonusRequest | Mapping[str, Any]
    ) -> None:
        """支付结果页展示会员积分

        支付结果页展示会员积分 — show on the payment result page of one order the member points
        that order earns (`bonus_value`); the order is named by the paying merchant (`mchid`)
        and its `out_trade_no`. Confirm the points later with `commit_membercard_bonus`. Success
        is `204` with no body.

        No query returns what the result page shows.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012595808

        Operation: ``prepare_membercard_bonus`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare); function: ``api.membercard.prepare_membercard_bonus``.
        """
        from ..api.membercard import prepare_membercard_bonus as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def query_membercard_activate_information(self, activate_ticket: str) -> MembercardActivateInformation:
        """获取用户信息（跳转型激活）

        获取用户信息（跳转型激活） — with jump activation (`JUMP_ACTIVATE`), the card component
        sends the user to the merchant's H5 page or mini program and appends `openid`, an
        encrypted code (`encrypt_code`) and an `activate_ticket` to the address. This call
        exchanges the ticket for what the user entered on the sign-up form (and their nickname
        and avatar). Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012550779

        Operation: ``query_membercard_activate_information`` (GET /v3/marketing/membercard-open/activate-informations/{activate_ticket}); function: ``api.membercard.query_membercard_activate_information``.
        """
        from ..api.membercard import query_membercard_activate_information as _op

        return await self._invoker.call(_op.asyncio, activate_ticket=activate_ticket)

    async def query_membercard_callback(self) -> MembercardCallback:
        """查询回调地址

        查询回调地址 — read the address that receives the merchant's member-card event
        notifications (`MEMBERCARD.*`). It resolves an unclear outcome of
        `set_membercard_callback`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012552275

        Operation: ``query_membercard_callback`` (GET /v3/marketing/membercard-open/callback); function: ``api.membercard.query_membercard_callback``.
        """
        from ..api.membercard import query_membercard_callback as _op

        return await self._invoker.call(_op.asyncio)

    async def query_membercard_card(self, card_id: str) -> MembercardCard:
        """查询会员卡模板信息

        查询会员卡模板信息 — read one member-card template: its content, review `status`,
        remaining stock and validity. This is the lookup that resolves an unclear outcome of
        `update_membercard_card`, `delete_membercard_card` (status `DELETED`) and
        `upgrade_membercard_card`. Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547650

        Operation: ``query_membercard_card`` (GET /v3/marketing/membercard-open/cards/{card_id}); function: ``api.membercard.query_membercard_card``.
        """
        from ..api.membercard import query_membercard_card as _op

        return await self._invoker.call(_op.asyncio, card_id=card_id)

    async def query_membercard_phone_member(
        self, *, card_id: str, encrypted_phone_number: str, wechatpay_serial: str | Unset = UNSET
    ) -> MembercardPhoneMemberReceiveStatus:
        """通过加密手机号查询会员领卡状态

        通过加密手机号查询会员领卡状态 — for a phone number imported with
        `import_membercard_phone_member`, tell whether the reminder was shown and whether the
        user took the card (`receive_status`), and if so the user card. Safe to repeat.

        The phone number travels encrypted in the query string (`encrypted_phone_number`): pass
        the plaintext number; the SDK encrypts it (RSA-OAEP with the WeChat Pay key) and sets
        `Wechatpay-Serial` before signing.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166232

        Operation: ``query_membercard_phone_member`` (GET /v3/marketing/membercard-open/phonenumber-member/search); function: ``api.membercard.query_membercard_phone_member``.
        """
        from ..api.membercard import query_membercard_phone_member as _op

        return await self._invoker.call(
            _op.asyncio,
            card_id=card_id,
            encrypted_phone_number=encrypted_phone_number,
            wechatpay_serial=wechatpay_serial,
        )

    async def query_membercard_user_card(self, card_id: str, code: str) -> MembercardUserCard:
        """查询用户会员卡信息

        查询用户会员卡信息 — read one user's member card (by template and code): its status,
        level, points (`bonus_value`), stored-value balance and the sign-up information the
        user entered. This is the lookup that resolves an unclear outcome of the calls that
        change a user card (`update_membercard_user_card`, `invalidate_membercard_user_card`,
        `activate_membercard_user_card`, `update_membercard_user_card_rights`). Safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012547768

        Operation: ``query_membercard_user_card`` (GET /v3/marketing/membercard-open/cards/{card_id}/codes/{code}); function: ``api.membercard.query_membercard_user_card``.
        """
        from ..api.membercard import query_membercard_user_card as _op

        return await self._invoker.call(_op.asyncio, card_id=card_id, code=code)

    async def remove_membercard_service_module(self, card_id: str, service_module_id: str) -> None:
        """移除会员卡服务项

        移除会员卡服务项 — take a service module off a card template; users' card pages stop
        showing it. Success is `204` with no body. No query returns a template's service
        modules.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167557

        Operation: ``remove_membercard_service_module`` (DELETE /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}); function: ``api.membercard.remove_membercard_service_module``.
        """
        from ..api.membercard import remove_membercard_service_module as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id, service_module_id=service_module_id)

    async def set_membercard_callback(
        self, *, body: MembercardCallbackSetRequest | Mapping[str, Any]
    ) -> MembercardCallback:
        """设置回调地址

        设置回调地址 — set the address that receives the member-card event notifications:
        `MEMBERCARD.ACCEPT_CARD` (a user took a card), `MEMBERCARD.ACTIVATE_CARD` (a card was
        activated) and `MEMBERCARD.USERCARD_MANAGE` (a user viewed or deleted a card or changed
        their information); see the `Membercard*NotificationResource` schemas. The product
        permission must first be opened by the card's creator in the merchant platform.

        Setting the same address again has the same effect; after an unclear outcome read it
        back with `query_membercard_callback`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012552251

        Operation: ``set_membercard_callback`` (PATCH /v3/marketing/membercard-open/callback); function: ``api.membercard.set_membercard_callback``.
        """
        from ..api.membercard import set_membercard_callback as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def set_membercard_service_module_data(
        self, card_id: str, code: str, *, body: MembercardServiceModuleDataSetRequest | Mapping[str, Any]
    ) -> None:
        """设置会员服务项用户信息

        设置会员服务项用户信息 — update what one user's card shows for a service module (for
        instance a hotel stay: the state, content fields and an action button that opens the
        merchant's mini program) and optionally send the user a service message from a message
        template. Success is `204` with no body.

        No query returns a user's service-module state, and a resend may message the user
        again; avoid blind resends of calls with `message_template_setting`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017166964

        Operation: ``set_membercard_service_module_data`` (POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data); function: ``api.membercard.set_membercard_service_module_data``.
        """
        from ..api.membercard import set_membercard_service_module_data as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def update_membercard_card(
        self, card_id: str, *, body: MembercardCardUpdateRequest | Mapping[str, Any]
    ) -> None:
        """修改会员卡模板信息

        修改会员卡模板信息 — change a member-card template: its basic content, stock, validity,
        stored-value settings, the sign-up form and the supplementary statement. Only the
        fields sent are changed. Success is `204` with no body.

        After an unclear outcome, read the template with `query_membercard_card`; sending the
        same values again leaves the same template.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549567

        Operation: ``update_membercard_card`` (PATCH /v3/marketing/membercard-open/cards/{card_id}); function: ``api.membercard.update_membercard_card``.
        """
        from ..api.membercard import update_membercard_card as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)

    async def update_membercard_card_rights(
        self, card_id: str, *, body: MembercardCardRightsUpdateRequest | Mapping[str, Any]
    ) -> None:
        """设置会员卡模板权益项

        设置会员卡模板权益项 — choose which rights modules a card template shows on users' card
        pages (points, member offers and coupons, fapiao, personal adviser) and how each is
        worded and where it leads. Success is `204` with no body.

        No query returns a template's rights settings; sending the same settings again has the
        same effect.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551219

        Operation: ``update_membercard_card_rights`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/rights); function: ``api.membercard.update_membercard_card_rights``.
        """
        from ..api.membercard import update_membercard_card_rights as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)

    async def update_membercard_service_module(
        self, card_id: str, service_module_id: str, *, body: MembercardServiceModuleUpdateRequest | Mapping[str, Any]
    ) -> MembercardServiceModule:
        """修改会员卡服务项

        修改会员卡服务项 — change the mini-program page a service module of a card template
        opens. The answer echoes the module as changed. Sending the same target again has the
        same effect; no query returns a template's service modules.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017167417

        Operation: ``update_membercard_service_module`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}); function: ``api.membercard.update_membercard_service_module``.
        """
        from ..api.membercard import update_membercard_service_module as _op

        return await self._invoker.call(_op.asyncio, card_id=card_id, service_module_id=service_module_id, body=body)

    async def update_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardUpdateRequest | Mapping[str, Any]
    ) -> None:
        """修改用户会员卡信息

        修改用户会员卡信息 — change one user's card: background picture, membership number, level
        and stored-value balance. A balance change states the balance before and after and the
        difference; `need_inform_balance` / `need_inform_level` ask WeChat Pay to tell the user.
        Success is `204` with no body.

        Not documented as idempotent: a balance change resent after a timeout could be applied
        (and announced) twice. Read the card with `query_membercard_user_card` first.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012549292

        Operation: ``update_membercard_user_card`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}); function: ``api.membercard.update_membercard_user_card``.
        """
        from ..api.membercard import update_membercard_user_card as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def update_membercard_user_card_rights(
        self, card_id: str, code: str, *, body: MembercardUserCardRightsUpdateRequest | Mapping[str, Any]
    ) -> None:
        """设置会员权益

        设置会员权益 — set one user's member rights: the points (before, after and the change,
        optionally telling the user), the member-price wording, the fapiao link wording and the
        personal adviser shown on their card. Success is `204` with no body.

        Not documented as idempotent: a points change resent after a timeout could be applied
        twice. Read the card (`bonus_value`) with `query_membercard_user_card` first.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012551213

        Operation: ``update_membercard_user_card_rights`` (PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights); function: ``api.membercard.update_membercard_user_card_rights``.
        """
        from ..api.membercard import update_membercard_user_card_rights as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def upgrade_membercard_card(
        self, card_id: str, *, body: MembercardCardUpgradeRequest | Mapping[str, Any]
    ) -> None:
        """老会员卡模板升级

        老会员卡模板升级 — turn a member card created on the WeChat Official Accounts Platform
        (公众平台) into a WeChat Pay member card by binding its `card_id` to a brand. The
        upgraded card can then use this family's newer features (member rights, service modules,
        member gifts). Success is `204` with no body. After an unclear outcome, read the card
        with `query_membercard_card` and check its `brand`.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012545673

        Operation: ``upgrade_membercard_card`` (POST /v3/marketing/membercard-open/cards/{card_id}/upgrade); function: ``api.membercard.upgrade_membercard_card``.
        """
        from ..api.membercard import upgrade_membercard_card as _op

        await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)


class MembercardResourceWithRawResponse(SyncResource):
    """``membercard`` (raw responses).

    会员卡 — WeChat Pay member cards (会员卡∙基础功能, 会员卡, 会员卡∙运营投放, 会员卡∙服务项,
    会员卡∙权益设置): card templates, users' cards and code deposit, member imports by OpenID or
    phone number, the card-event callback address, QR codes and jump activation, service modules
    and member rights and points. Paths under `/v3/marketing/membercard-open/`.
    """

    __slots__ = ()

    def activate_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardActivateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``activate_membercard_user_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        激活会员卡（跳转型激活）
        """
        from ..api.membercard import activate_membercard_user_card as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def add_membercard_service_module(
        self, card_id: str, *, body: MembercardServiceModuleAddRequest | Mapping[str, Any]
    ) -> Response[MembercardServiceModule]:
        """``add_membercard_service_module`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        添加会员卡服务项
        """
        from ..api.membercard import add_membercard_service_module as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)

    def commit_membercard_bonus(
        self, card_id: str, code: str, *, body: MembercardBonusRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``commit_membercard_bonus`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置支付后展示的积分到账
        """
        from ..api.membercard import commit_membercard_bonus as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def create_membercard_card(
        self, *, body: MembercardCardCreateRequest | Mapping[str, Any]
    ) -> Response[MembercardCard]:
        """``create_membercard_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建会员卡模板
        """
        from ..api.membercard import create_membercard_card as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def create_membercard_permission_token(
        self, card_id: str, *, body: MembercardPermissionTokenCreateRequest | Mapping[str, Any]
    ) -> Response[MembercardPermissionToken]:
        """``create_membercard_permission_token`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户预授权
        """
        from ..api.membercard import create_membercard_permission_token as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)

    def create_membercard_qrcode(
        self, card_id: str, *, body: MembercardQrcodeCreateRequest | Mapping[str, Any]
    ) -> Response[MembercardQrcode]:
        """``create_membercard_qrcode`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建会员卡二维码
        """
        from ..api.membercard import create_membercard_qrcode as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)

    def decrypt_membercard_code(self, card_id: str, *, encrypt_code: str) -> Response[MembercardDecryptedCode]:
        """``decrypt_membercard_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        加密code解码（跳转型激活）
        """
        from ..api.membercard import decrypt_membercard_code as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, encrypt_code=encrypt_code)

    def delete_membercard_card(self, card_id: str) -> Response[None]:
        """``delete_membercard_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除会员卡模板
        """
        from ..api.membercard import delete_membercard_card as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id)

    def deposit_membercard_codes(
        self, card_id: str, *, body: MembercardCodeDepositRequest | Mapping[str, Any]
    ) -> Response[MembercardCodeDepositResponse]:
        """``deposit_membercard_codes`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        导入会员Code
        """
        from ..api.membercard import deposit_membercard_codes as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)

    def import_membercard_phone_member(
        self, *, body: MembercardPhoneMemberImportRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[None]:
        """``import_membercard_phone_member`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        导入加密手机号提醒会员领卡
        """
        from ..api.membercard import import_membercard_phone_member as _op

        return self._invoker.call(_op.sync_detailed, body=body, wechatpay_serial=wechatpay_serial)

    def import_membercard_user_card_by_openid(
        self, card_id: str, *, body: MembercardOpenidImportRequest | Mapping[str, Any]
    ) -> Response[MembercardImportedUserCard]:
        """``import_membercard_user_card_by_openid`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        根据openid导入用户会员卡
        """
        from ..api.membercard import import_membercard_user_card_by_openid as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)

    def import_membercard_user_card_by_phone(
        self,
        card_id: str,
        *,
        body: MembercardPhoneImportRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[MembercardImportedUserCard]:
        """``import_membercard_user_card_by_phone`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        根据手机号导入用户会员卡
        """
        from ..api.membercard import import_membercard_user_card_by_phone as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, body=body, wechatpay_serial=wechatpay_serial)

    def invalidate_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardInvalidateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``invalidate_membercard_user_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        作废用户会员卡
        """
        from ..api.membercard import invalidate_membercard_user_card as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def list_membercard_cards(
        self, *, brand_id: str | Unset = UNSET, appid: str | Unset = UNSET, offset: int, limit: int
    ) -> Response[MembercardCardList]:
        """``list_membercard_cards`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询会员卡模板列表
        """
        from ..api.membercard import list_membercard_cards as _op

        return self._invoker.call(_op.sync_detailed, brand_id=brand_id, appid=appid, offset=offset, limit=limit)

    def list_membercard_user_cards(
        self, *, openid: str, appid: str | Unset = UNSET, offset: int, limit: int
    ) -> Response[MembercardUserCardList]:
        """``list_membercard_user_cards`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户在品牌下所有会员卡
        """
        from ..api.membercard import list_membercard_user_cards as _op

        return self._invoker.call(_op.sync_detailed, openid=openid, appid=appid, offset=offset, limit=limit)

    def prepare_membercard_bonus(
        self, card_id: str, code: str, *, body: MembercardBonusRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``prepare_membercard_bonus`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        支付结果页展示会员积分
        """
        from ..api.membercard import prepare_membercard_bonus as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def query_membercard_activate_information(self, activate_ticket: str) -> Response[MembercardActivateInformation]:
        """``query_membercard_activate_information`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取用户信息（跳转型激活）
        """
        from ..api.membercard import query_membercard_activate_information as _op

        return self._invoker.call(_op.sync_detailed, activate_ticket=activate_ticket)

    def query_membercard_callback(self) -> Response[MembercardCallback]:
        """``query_membercard_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询回调地址
        """
        from ..api.membercard import query_membercard_callback as _op

        return self._invoker.call(_op.sync_detailed)

    def query_membercard_card(self, card_id: str) -> Response[MembercardCard]:
        """``query_membercard_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询会员卡模板信息
        """
        from ..api.membercard import query_membercard_card as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id)

    def query_membercard_phone_member(
        self, *, card_id: str, encrypted_phone_number: str, wechatpay_serial: str | Unset = UNSET
    ) -> Response[MembercardPhoneMemberReceiveStatus]:
        """``query_membercard_phone_member`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过加密手机号查询会员领卡状态
        """
        from ..api.membercard import query_membercard_phone_member as _op

        return self._invoker.call(
            _op.sync_detailed,
            card_id=card_id,
            encrypted_phone_number=encrypted_phone_number,
            wechatpay_serial=wechatpay_serial,
        )

    def query_membercard_user_card(self, card_id: str, code: str) -> Response[MembercardUserCard]:
        """``query_membercard_user_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户会员卡信息
        """
        from ..api.membercard import query_membercard_user_card as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, code=code)

    def remove_membercard_service_module(self, card_id: str, service_module_id: str) -> Response[None]:
        """``remove_membercard_service_module`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        移除会员卡服务项
        """
        from ..api.membercard import remove_membercard_service_module as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, service_module_id=service_module_id)

    def set_membercard_callback(
        self, *, body: MembercardCallbackSetRequest | Mapping[str, Any]
    ) -> Response[MembercardCallback]:
        """``set_membercard_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置回调地址
        """
        from ..api.membercard import set_membercard_callback as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def set_membercard_service_module_data(
        self, card_id: str, code: str, *, body: MembercardServiceModuleDataSetRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``set_membercard_service_module_data`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置会员服务项用户信息
        """
        from ..api.membercard import set_membercard_service_module_data as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def update_membercard_card(
        self, card_id: str, *, body: MembercardCardUpdateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_membercard_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改会员卡模板信息
        """
        from ..api.membercard import update_membercard_card as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)

    def update_membercard_card_rights(
        self, card_id: str, *, body: MembercardCardRightsUpdateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_membercard_card_rights`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置会员卡模板权益项
        """
        from ..api.membercard import update_membercard_card_rights as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)

    def update_membercard_service_module(
        self, card_id: str, service_module_id: str, *, body: MembercardServiceModuleUpdateRequest | Mapping[str, Any]
    ) -> Response[MembercardServiceModule]:
        """``update_membercard_service_module`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改会员卡服务项
        """
        from ..api.membercard import update_membercard_service_module as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, service_module_id=service_module_id, body=body)

    def update_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardUpdateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_membercard_user_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改用户会员卡信息
        """
        from ..api.membercard import update_membercard_user_card as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def update_membercard_user_card_rights(
        self, card_id: str, code: str, *, body: MembercardUserCardRightsUpdateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_membercard_user_card_rights`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置会员权益
        """
        from ..api.membercard import update_membercard_user_card_rights as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, code=code, body=body)

    def upgrade_membercard_card(
        self, card_id: str, *, body: MembercardCardUpgradeRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``upgrade_membercard_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        老会员卡模板升级
        """
        from ..api.membercard import upgrade_membercard_card as _op

        return self._invoker.call(_op.sync_detailed, card_id=card_id, body=body)


class AsyncMembercardResourceWithRawResponse(AsyncResource):
    """``membercard`` (async, raw responses).

    会员卡 — WeChat Pay member cards (会员卡∙基础功能, 会员卡, 会员卡∙运营投放, 会员卡∙服务项,
    会员卡∙权益设置): card templates, users' cards and code deposit, member imports by OpenID or
    phone number, the card-event callback address, QR codes and jump activation, service modules
    and member rights and points. Paths under `/v3/marketing/membercard-open/`.
    """

    __slots__ = ()

    async def activate_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardActivateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``activate_membercard_user_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        激活会员卡（跳转型激活）
        """
        from ..api.membercard import activate_membercard_user_card as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def add_membercard_service_module(
        self, card_id: str, *, body: MembercardServiceModuleAddRequest | Mapping[str, Any]
    ) -> Response[MembercardServiceModule]:
        """``add_membercard_service_module`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        添加会员卡服务项
        """
        from ..api.membercard import add_membercard_service_module as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)

    async def commit_membercard_bonus(
        self, card_id: str, code: str, *, body: MembercardBonusRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``commit_membercard_bonus`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置支付后展示的积分到账
        """
        from ..api.membercard import commit_membercard_bonus as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def create_membercard_card(
        self, *, body: MembercardCardCreateRequest | Mapping[str, Any]
    ) -> Response[MembercardCard]:
        """``create_membercard_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建会员卡模板
        """
        from ..api.membercard import create_membercard_card as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def create_membercard_permission_token(
        self, card_id: str, *, body: MembercardPermissionTokenCreateRequest | Mapping[str, Any]
    ) -> Response[MembercardPermissionToken]:
        """``create_membercard_permission_token`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        商户预授权
        """
        from ..api.membercard import create_membercard_permission_token as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)

    async def create_membercard_qrcode(
        self, card_id: str, *, body: MembercardQrcodeCreateRequest | Mapping[str, Any]
    ) -> Response[MembercardQrcode]:
        """``create_membercard_qrcode`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建会员卡二维码
        """
        from ..api.membercard import create_membercard_qrcode as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)

    async def decrypt_membercard_code(self, card_id: str, *, encrypt_code: str) -> Response[MembercardDecryptedCode]:
        """``decrypt_membercard_code`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        加密code解码（跳转型激活）
        """
        from ..api.membercard import decrypt_membercard_code as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, encrypt_code=encrypt_code)

    async def delete_membercard_card(self, card_id: str) -> Response[None]:
        """``delete_membercard_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除会员卡模板
        """
        from ..api.membercard import delete_membercard_card as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id)

    async def deposit_membercard_codes(
        self, card_id: str, *, body: MembercardCodeDepositRequest | Mapping[str, Any]
    ) -> Response[MembercardCodeDepositResponse]:
        """``deposit_membercard_codes`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        导入会员Code
        """
        from ..api.membercard import deposit_membercard_codes as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)

    async def import_membercard_phone_member(
        self, *, body: MembercardPhoneMemberImportRequest | Mapping[str, Any], wechatpay_serial: str | Unset = UNSET
    ) -> Response[None]:
        """``import_membercard_phone_member`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        导入加密手机号提醒会员领卡
        """
        from ..api.membercard import import_membercard_phone_member as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body, wechatpay_serial=wechatpay_serial)

    async def import_membercard_user_card_by_openid(
        self, card_id: str, *, body: MembercardOpenidImportRequest | Mapping[str, Any]
    ) -> Response[MembercardImportedUserCard]:
        """``import_membercard_user_card_by_openid`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        根据openid导入用户会员卡
        """
        from ..api.membercard import import_membercard_user_card_by_openid as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)

    async def import_membercard_user_card_by_phone(
        self,
        card_id: str,
        *,
        body: MembercardPhoneImportRequest | Mapping[str, Any],
        wechatpay_serial: str | Unset = UNSET,
    ) -> Response[MembercardImportedUserCard]:
        """``import_membercard_user_card_by_phone`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        根据手机号导入用户会员卡
        """
        from ..api.membercard import import_membercard_user_card_by_phone as _op

        return await self._invoker.call(
            _op.asyncio_detailed, card_id=card_id, body=body, wechatpay_serial=wechatpay_serial
        )

    async def invalidate_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardInvalidateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``invalidate_membercard_user_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        作废用户会员卡
        """
        from ..api.membercard import invalidate_membercard_user_card as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def list_membercard_cards(
        self, *, brand_id: str | Unset = UNSET, appid: str | Unset = UNSET, offset: int, limit: int
    ) -> Response[MembercardCardList]:
        """``list_membercard_cards`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询会员卡模板列表
        """
        from ..api.membercard import list_membercard_cards as _op

        return await self._invoker.call(
            _op.asyncio_detailed, brand_id=brand_id, appid=appid, offset=offset, limit=limit
        )

    async def list_membercard_user_cards(
        self, *, openid: str, appid: str | Unset = UNSET, offset: int, limit: int
    ) -> Response[MembercardUserCardList]:
        """``list_membercard_user_cards`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户在品牌下所有会员卡
        """
        from ..api.membercard import list_membercard_user_cards as _op

        return await self._invoker.call(_op.asyncio_detailed, openid=openid, appid=appid, offset=offset, limit=limit)

    async def prepare_membercard_bonus(
        self, card_id: str, code: str, *, body: MembercardBonusRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``prepare_membercard_bonus`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        支付结果页展示会员积分
        """
        from ..api.membercard import prepare_membercard_bonus as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def query_membercard_activate_information(
        self, activate_ticket: str
    ) -> Response[MembercardActivateInformation]:
        """``query_membercard_activate_information`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        获取用户信息（跳转型激活）
        """
        from ..api.membercard import query_membercard_activate_information as _op

        return await self._invoker.call(_op.asyncio_detailed, activate_ticket=activate_ticket)

    async def query_membercard_callback(self) -> Response[MembercardCallback]:
        """``query_membercard_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询回调地址
        """
        from ..api.membercard import query_membercard_callback as _op

        return await self._invoker.call(_op.asyncio_detailed)

    async def query_membercard_card(self, card_id: str) -> Response[MembercardCard]:
        """``query_membercard_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询会员卡模板信息
        """
        from ..api.membercard import query_membercard_card as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id)

    async def query_membercard_phone_member(
        self, *, card_id: str, encrypted_phone_number: str, wechatpay_serial: str | Unset = UNSET
    ) -> Response[MembercardPhoneMemberReceiveStatus]:
        """``query_membercard_phone_member`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        通过加密手机号查询会员领卡状态
        """
        from ..api.membercard import query_membercard_phone_member as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            card_id=card_id,
            encrypted_phone_number=encrypted_phone_number,
            wechatpay_serial=wechatpay_serial,
        )

    async def query_membercard_user_card(self, card_id: str, code: str) -> Response[MembercardUserCard]:
        """``query_membercard_user_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询用户会员卡信息
        """
        from ..api.membercard import query_membercard_user_card as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code)

    async def remove_membercard_service_module(self, card_id: str, service_module_id: str) -> Response[None]:
        """``remove_membercard_service_module`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        移除会员卡服务项
        """
        from ..api.membercard import remove_membercard_service_module as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, service_module_id=service_module_id)

    async def set_membercard_callback(
        self, *, body: MembercardCallbackSetRequest | Mapping[str, Any]
    ) -> Response[MembercardCallback]:
        """``set_membercard_callback`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置回调地址
        """
        from ..api.membercard import set_membercard_callback as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def set_membercard_service_module_data(
        self, card_id: str, code: str, *, body: MembercardServiceModuleDataSetRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``set_membercard_service_module_data`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置会员服务项用户信息
        """
        from ..api.membercard import set_membercard_service_module_data as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def update_membercard_card(
        self, card_id: str, *, body: MembercardCardUpdateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_membercard_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改会员卡模板信息
        """
        from ..api.membercard import update_membercard_card as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)

    async def update_membercard_card_rights(
        self, card_id: str, *, body: MembercardCardRightsUpdateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_membercard_card_rights`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置会员卡模板权益项
        """
        from ..api.membercard import update_membercard_card_rights as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)

    async def update_membercard_service_module(
        self, card_id: str, service_module_id: str, *, body: MembercardServiceModuleUpdateRequest | Mapping[str, Any]
    ) -> Response[MembercardServiceModule]:
        """``update_membercard_service_module`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改会员卡服务项
        """
        from ..api.membercard import update_membercard_service_module as _op

        return await self._invoker.call(
            _op.asyncio_detailed, card_id=card_id, service_module_id=service_module_id, body=body
        )

    async def update_membercard_user_card(
        self, card_id: str, code: str, *, body: MembercardUserCardUpdateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_membercard_user_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        修改用户会员卡信息
        """
        from ..api.membercard import update_membercard_user_card as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def update_membercard_user_card_rights(
        self, card_id: str, code: str, *, body: MembercardUserCardRightsUpdateRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_membercard_user_card_rights`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        设置会员权益
        """
        from ..api.membercard import update_membercard_user_card_rights as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, code=code, body=body)

    async def upgrade_membercard_card(
        self, card_id: str, *, body: MembercardCardUpgradeRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``upgrade_membercard_card`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        老会员卡模板升级
        """
        from ..api.membercard import upgrade_membercard_card as _op

        return await self._invoker.call(_op.asyncio_detailed, card_id=card_id, body=body)
