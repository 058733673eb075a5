from trytond.model import Unique, fields
from trytond.pool import PoolMeta


class Sale(metaclass=PoolMeta):
    __name__ = 'sale.sale'

    hub_idempotency_key = fields.Char(
        "Hub Idempotency Key", readonly=True,
        help="Key of the IntegrationHub call that created this sale.")

    @classmethod
    def __setup__(cls):
        super().__setup__()
        t = cls.__table__()
        cls._sql_constraints += [
            ('hub_idempotency_key_uniq', Unique(t, t.hub_idempotency_key),
                'integrationhub.msg_sale_idempotency_key_unique'),
            ]

    @classmethod
    def copy(cls, sales, default=None):
        default = dict(default or {})
        default.setdefault('hub_idempotency_key', None)
        return super().copy(sales, default=default)
