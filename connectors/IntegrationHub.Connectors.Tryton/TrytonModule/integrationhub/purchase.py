from trytond.model import Unique, fields
from trytond.pool import PoolMeta


class Purchase(metaclass=PoolMeta):
    __name__ = 'purchase.purchase'

    hub_idempotency_key = fields.Char(
        "Hub Idempotency Key", readonly=True,
        help="Key of the IntegrationHub call that created this purchase.")
    hub_sent_at = fields.Timestamp(
        "Sent to Supplier At", readonly=True,
        help="When IntegrationHub sent this order to the supplier.")

    @classmethod
    def __setup__(cls):
        super().__setup__()
        t = cls.__table__()
        cls._sql_constraints += [
            ('hub_idempotency_key_uniq', Unique(t, t.hub_idempotency_key),
                'integrationhub.msg_purchase_idempotency_key_unique'),
            ]

    @classmethod
    def copy(cls, purchases, default=None):
        default = dict(default or {})
        default.setdefault('hub_idempotency_key', None)
        default.setdefault('hub_sent_at', None)
        return super().copy(purchases, default=default)
