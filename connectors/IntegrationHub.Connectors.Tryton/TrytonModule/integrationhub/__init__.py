# IntegrationHub companion module for Tryton 6.0.
# Adds what an integration needs and Tryton lacks: an idempotency key on sales and purchases that
# is unique (Tryton enforces it under a table lock, so concurrent duplicates cannot both commit),
# and the moment a purchase order was sent to the supplier.
from trytond.pool import Pool

from . import purchase, sale


def register():
    Pool.register(
        sale.Sale,
        purchase.Purchase,
        module='integrationhub', type_='model')
