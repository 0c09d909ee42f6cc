"""The Official Account callback protocol, through wechatpy: signatures, safe-mode crypto, parsing.

Signatures (SHA1), AES and the reply XML are wechatpy's; nothing here re-implements them.
wechatpy parses with xmltodict (expat), so every XML document — the outer body and, in safe mode,
the decrypted inner one — is first read by defusedxml with DTDs forbidden. WeChat never sends a
DOCTYPE, so an entity declaration (XXE, billion laughs) is refused before anything can expand it.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidAppIdException, InvalidSignatureException
from wechatpy.messages import BaseMessage
from wechatpy.replies import TextReply
from wechatpy.utils import check_signature

log = logging.getLogger("api.wechat")

# A text message carries at most 2048 bytes of content; encrypted and base64-encoded it stays
# well under this. Anything larger is not from WeChat.
MAX_BODY_BYTES = 64 * 1024
MAX_SKEW_S = 300  # WeChat signs with its clock; older (or far-future) requests are replays
# OpenIDs and the account's original id (gh_…) are url-safe base64-like; they end up inside the
# reply XML, so anything else is refused rather than echoed.
_ID = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")


class Refused(Exception):
    """A request we will not serve: `status` and a Chinese `message` for the response body."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class Inbound:
    message: BaseMessage
    safe: bool  # arrived in safe mode: the reply is encrypted too
    fields: dict[str, str]  # the XML's own fields as strings (wechatpy keeps its copy private)


def check_fresh(timestamp: str, now: float | None = None) -> None:
    try:
        ts = int(timestamp)
    except (TypeError, ValueError):
        raise Refused(400, "请求缺少有效的时间戳（timestamp）") from None
    if abs((now or time.time()) - ts) > MAX_SKEW_S:
        raise Refused(403, "请求时间戳与当前时间相差超过5分钟，已拒绝（防止重放）")


def safe_xml(data: bytes | str):
    """The parsed root, or Refused(400): DTDs, entities and malformed XML are all refused."""
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DefusedXmlException, ParseError, ValueError) as exc:
        raise Refused(400, f"XML 格式不被接受（{type(exc).__name__}）") from None


class Protocol:
    def __init__(self, token: str, appid: str, aes_key: str | None, allow_plaintext: bool = False):
        self.token = token
        # Safe mode is accepted only when an EncodingAESKey is configured. With one, plaintext is
        # refused (its signature does not cover the body, and the account has chosen encryption)
        # unless POLICY_WECHAT_ALLOW_PLAINTEXT says otherwise, e.g. while switching modes.
        self.allow_plaintext = allow_plaintext or not aes_key
        self.crypto = None
        if aes_key:
            try:
                self.crypto = WeChatCrypto(token, aes_key, appid)
            except Exception:  # wechatpy asserts a 32-byte key; say which setting is wrong instead
                raise RuntimeError("POLICY_WECHAT_AES_KEY 必须是公众号后台生成的43个字符的 EncodingAESKey") from None

    def check_signature(self, signature: str, timestamp: str, nonce: str) -> None:
        """WeChat signs every callback (GET and POST, both modes) over token, timestamp, nonce."""
        try:
            check_signature(self.token, signature or "", timestamp or "", nonce or "")
        except InvalidSignatureException:
            raise Refused(403, "签名校验失败") from None

    def parse(self, body: bytes, timestamp: str, nonce: str, encrypt_type: str, msg_signature: str) -> Inbound:
        root = safe_xml(body)
        safe = (encrypt_type or "raw").lower() == "aes"
        if safe:
            xml = self._decrypt(root, timestamp, nonce, msg_signature)
            root = safe_xml(xml)
        elif (encrypt_type or "raw").lower() != "raw":
            raise Refused(400, "不支持的加密方式（encrypt_type）")
        elif not self.allow_plaintext:
            raise Refused(403, "已配置 EncodingAESKey：只接受安全模式（加密）消息")
        else:
            try:
                xml = body.decode("utf-8")
            except UnicodeDecodeError:
                raise Refused(400, "消息不是 UTF-8 编码") from None
        if root.tag != "xml" or not root.findtext("MsgType"):
            raise Refused(400, "不是公众号消息（缺少 MsgType）")
        for field in ("FromUserName", "ToUserName"):
            if not _ID.match(root.findtext(field) or ""):
                raise Refused(400, f"消息字段 {field} 无效")
        try:
            return Inbound(parse_message(xml), safe, {child.tag: (child.text or "").strip() for child in root})
        except Exception as exc:  # wechatpy raises KeyError/ValueError on odd fields
            raise Refused(400, f"无法解析消息（{type(exc).__name__}）") from None

    def _decrypt(self, root, timestamp: str, nonce: str, msg_signature: str) -> str:
        if self.crypto is None:
            raise Refused(400, "未配置 EncodingAESKey（POLICY_WECHAT_AES_KEY），不能接收安全模式消息")
        encrypt = root.findtext("Encrypt")
        if not encrypt:
            raise Refused(400, "安全模式消息缺少 Encrypt 字段")
        try:
            # A dict, not the raw body: wechatpy would otherwise re-parse it with xmltodict.
            return self.crypto.decrypt_message({"Encrypt": encrypt}, msg_signature or "", timestamp, nonce)
        except InvalidSignatureException:
            raise Refused(403, "消息签名（msg_signature）校验失败") from None
        except InvalidAppIdException:
            raise Refused(403, "消息不属于本公众号（AppID 不符）") from None
        except Exception as exc:  # bad base64, padding or length: not produced by WeChat
            log.warning("wechat: safe-mode message could not be decrypted (%s)", type(exc).__name__)
            raise Refused(400, "安全模式消息解密失败") from None

    def reply(self, inbound: Inbound, text: str, nonce: str) -> str:
        """A passive text reply, encrypted when the message came in safe mode."""
        # The content goes into CDATA unescaped by wechatpy: "]]>" would end it early.
        xml = TextReply(message=inbound.message, content=text.replace("]]>", "]]＞")).render()
        if inbound.safe:
            return self.crypto.encrypt_message(xml, nonce or "", str(int(time.time())))
        return xml
