#!/usr/bin/python3
"""Creates the IntegrationHub test-bed master data in a freshly initialised Tryton 6.0 database.

Runs on trytond's own Python API, the way trytond-console and Tryton's test tools start it
(proteus, which Tryton's scenarios use, is not packaged in Debian 12):

    python3 setup_master_data.py <trytond.conf> <database>

Creates: company (USD) with a chart of accounts, fiscal years with invoice sequences, payment
terms, two warehouses, units of measure, products, customers with contract price lists and credit
limits, suppliers, carriers, and opening stock. The codes below are the test contract: the .NET
tests refer to them (tests/IntegrationHub.Connectors.Tryton.Tests/*Tests.cs).
"""
import datetime
import sys
from decimal import Decimal

from dateutil.relativedelta import relativedelta

if len(sys.argv) != 3:
    sys.exit("usage: setup_master_data.py <trytond.conf> <database>")
config_file, database = sys.argv[1], sys.argv[2]

from trytond.config import config  # noqa: E402

config.update_etc(config_file)

from trytond.pool import Pool  # noqa: E402
from trytond.transaction import Transaction  # noqa: E402

Pool.start()
pool = Pool(database)
pool.init()


def log(message):
    print("[setup_master_data] " + message, file=sys.stderr)


def one(model, domain):
    records = pool.get(model).search(domain)
    if len(records) != 1:
        raise SystemExit(f"expected one {model} for {domain}, found {len(records)}")
    return records[0]


def run_wizard(name, steps):
    """Runs a wizard the way a client does: create a session, then execute each button with the
    form values of the state it leaves."""
    Wizard = pool.get(name, type='wizard')
    session_id, _, _ = Wizard.create()
    for state, button, data in steps:
        Wizard.execute(session_id, {state: data} if state else {}, button)
    Wizard.delete(session_id)


def setup_company():
    Currency = pool.get('currency.currency')
    Rate = pool.get('currency.currency.rate')
    Party = pool.get('party.party')
    Company = pool.get('company.company')
    User = pool.get('res.user')

    usd = Currency.search([('code', '=', 'USD')])
    if usd:
        usd, = usd
    else:
        usd, = Currency.create([{
                    'name': 'U.S. Dollar', 'code': 'USD', 'symbol': '$',
                    'rounding': Decimal('0.01'), 'digits': 2}])
        Rate.create([{'currency': usd.id, 'date': datetime.date(2000, 1, 1),
                    'rate': Decimal(1)}])
    party, = Party.create([{'name': 'IntegrationHub Demo Distribution', 'code': 'COMPANY',
                'addresses': [('create', [{'street': '1 Warehouse Way', 'city': 'Springfield',
                                'postal_code': '12345'}])]}])
    company, = Company.create([{'party': party.id, 'currency': usd.id}])
    admin, = User.search([('login', '=', 'admin')])
    User.write([admin], {'companies': [('add', [company.id])], 'company': company.id})
    return company, usd


def setup_accounting(company):
    ModelData = pool.get('ir.model.data')
    Account = pool.get('account.account')
    FiscalYear = pool.get('account.fiscalyear')
    Sequence = pool.get('ir.sequence')
    SequenceStrict = pool.get('ir.sequence.strict')
    SequenceType = pool.get('ir.sequence.type')
    PaymentTerm = pool.get('account.invoice.payment_term')

    template = ModelData.get_id('account', 'account_template_root_en')
    receivable = payable = None

    Wizard = pool.get('account.create_chart', type='wizard')
    session_id, _, _ = Wizard.create()
    Wizard.execute(session_id, {'account': {
                'account_template': template, 'company': company.id}}, 'create_account')
    receivable, = Account.search([('type.receivable', '=', True),
            ('company', '=', company.id)], limit=1)
    payable, = Account.search([('type.payable', '=', True),
            ('company', '=', company.id)], limit=1)
    revenue, = Account.search([('type.revenue', '=', True),
            ('company', '=', company.id)], limit=1)
    expense, = Account.search([('type.expense', '=', True),
            ('company', '=', company.id)], limit=1)
    Wizard.execute(session_id, {'properties': {
                'company': company.id,
                'account_receivable': receivable.id,
                'account_payable': payable.id,
                'category_account_revenue': revenue.id,
                'category_account_expense': expense.id,
                }}, 'create_properties')
    Wizard.delete(session_id)

    move_type, = SequenceType.search([('name', '=', 'Account Move')], limit=1)
    invoice_type, = SequenceType.search([('name', '=', 'Invoice')], limit=1)
    today = datetime.date.today()
    # This year and the next, so a test run around New Year still posts invoices.
    for year in (today.year, today.year + 1):
        start = datetime.date(year, 1, 1)
        move_seq, = Sequence.create([{'name': str(year), 'sequence_type': move_type.id,
                    'company': company.id}])
        invoice_seq, = SequenceStrict.create([{'name': str(year),
                    'sequence_type': invoice_type.id, 'company': company.id}])
        fiscalyear, = FiscalYear.create([{
                    'name': str(year), 'company': company.id,
                    'start_date': start, 'end_date': start + relativedelta(month=12, day=31),
                    'post_move_sequence': move_seq.id,
                    'invoice_sequences': [('create', [{
                                    'company': company.id,
                                    'out_invoice_sequence': invoice_seq.id,
                                    'in_invoice_sequence': invoice_seq.id,
                                    'out_credit_note_sequence': invoice_seq.id,
                                    'in_credit_note_sequence': invoice_seq.id,
                                    }])],
                    }])
        FiscalYear.create_period([fiscalyear])

    net30, = PaymentTerm.create([{'name': 'Net 30', 'lines': [('create', [{
                            'type': 'remainder', 'relativedeltas': [('create', [{
                                            'days': 30}])]}])]}])
    return {'receivable': receivable, 'payable': payable, 'revenue': revenue,
        'expense': expense, 'net30': net30}


def setup_warehouses():
    Location = pool.get('stock.location')
    main = one('stock.location', [('type', '=', 'warehouse'), ('code', '=', 'WH')])
    Location.write([main], {'name': 'Main Warehouse'})

    input_, output, storage = Location.create([
            {'name': 'East Input', 'code': 'E-IN', 'type': 'storage'},
            {'name': 'East Output', 'code': 'E-OUT', 'type': 'storage'},
            {'name': 'East Storage', 'code': 'E-STO', 'type': 'storage'},
            ])
    east, = Location.create([{'name': 'East Warehouse', 'code': 'EAST', 'type': 'warehouse',
                'input_location': input_.id, 'output_location': output.id,
                'storage_location': storage.id,
                # Tryton keeps lost-and-found outside the warehouses; both share it.
                'lost_found_location': main.lost_found_location.id}])
    Location.write([input_, output, storage], {'parent': east.id})
    return main, east


def setup_uoms():
    Uom = pool.get('product.uom')
    unit = one('product.uom', [('symbol', '=', 'u')])
    kg = one('product.uom', [('symbol', '=', 'kg')])
    # A distributor sells cases: 12 units each, in the unit category so they convert.
    case, = Uom.create([{'name': 'Case of 12', 'symbol': 'cs12', 'category': unit.category.id,
                'factor': 12.0, 'rate': round(1 / 12, 12), 'rounding': 1.0, 'digits': 0}])
    return {'u': unit, 'kg': kg, 'cs12': case}


def setup_products(accounts, uoms):
    Category = pool.get('product.category')
    Template = pool.get('product.template')
    Product = pool.get('product.product')

    goods, = Category.create([{'name': 'Goods', 'accounting': True,
                'account_revenue': accounts['revenue'].id,
                'account_expense': accounts['expense'].id}])
    services, = Category.create([{'name': 'Freight', 'accounting': True,
                'account_revenue': accounts['revenue'].id,
                'account_expense': accounts['expense'].id}])

    def goods_template(code, name, uom, sale_uom, list_price, cost_price, lot=False):
        return {
            'name': name, 'code': code, 'type': 'goods', 'default_uom': uom.id,
            'salable': True, 'sale_uom': sale_uom.id, 'purchasable': True,
            'purchase_uom': uom.id, 'list_price': Decimal(list_price),
            'account_category': goods.id,
            'lot_required': ['customer', 'supplier'] if lot else [],
            'products': [('create', [{'cost_price': Decimal(cost_price)}])],
            }

    templates = Template.create([
            goods_template('WIDGET', 'Widget', uoms['u'], uoms['u'], '10.00', '6.00'),
            goods_template('GADGET', 'Gadget', uoms['u'], uoms['u'], '25.00', '15.00'),
            goods_template('BOLT-BOX', 'Bolt box', uoms['u'], uoms['cs12'], '2.00', '1.20'),
            goods_template('COFFEE', 'Coffee beans', uoms['kg'], uoms['kg'], '18.50', '11.00'),
            {'name': 'Freight', 'code': 'FREIGHT', 'type': 'service',
                'default_uom': uoms['u'].id, 'salable': True, 'purchasable': True,
                'sale_uom': uoms['u'].id, 'purchase_uom': uoms['u'].id,
                'list_price': Decimal('15.00'), 'account_category': services.id,
                'products': [('create', [{'cost_price': Decimal('12.00')}])]},
            ])
    return {t.code: t.products[0] for t in templates}


def setup_parties(accounts, products):
    Party = pool.get('party.party')
    PriceList = pool.get('product.price_list')
    ProductSupplier = pool.get('purchase.product_supplier')

    contract, = PriceList.create([{'name': 'Contract ACME', 'lines': [('create', [
                            # Volume break first: Tryton applies the first line that matches.
                            {'product': products['WIDGET'].id, 'quantity': 100,
                                'formula': 'unit_price * 0.8'},
                            {'product': products['WIDGET'].id, 'formula': 'unit_price * 0.9'},
                            {'formula': 'unit_price * 0.95'},
                            ])]}])
    beta_list, = PriceList.create([{'name': 'Contract Beta', 'lines': [('create', [
                            {'product': products['GADGET'].id, 'formula': '22.00'},
                            {'formula': 'unit_price'},
                            ])]}])

    def party(code, name, city, **values):
        values.update({'code': code, 'name': name,
                'addresses': [('create', [{'street': f'{name} street 1', 'city': city,
                                'postal_code': '10001'}])]})
        return values

    net30 = accounts['net30'].id
    customers = Party.create([
            party('C-ACME', 'ACME Retail', 'Boston', sale_price_list=contract.id,
                credit_limit_amount=Decimal('100000'), customer_payment_term=net30),
            party('C-BETA', 'Beta Stores', 'Denver', sale_price_list=beta_list.id,
                credit_limit_amount=Decimal('5000'), customer_payment_term=net30),
            party('C-HOLD', 'Tight Credit Corp', 'Austin',
                credit_limit_amount=Decimal('100'), customer_payment_term=net30),
            ])
    suppliers = Party.create([
            party('S-WIDGETCO', 'WidgetCo Manufacturing', 'Detroit',
                supplier_payment_term=net30),
            party('S-BEANS', 'Bean Importers', 'Seattle', supplier_payment_term=net30),
            party('UPS', 'United Parcel Service', 'Atlanta'),
            party('FEDEX', 'FedEx', 'Memphis'),
            ])
    ProductSupplier.create([
            {'template': products['WIDGET'].template.id, 'party': suppliers[0].id,
                'lead_time': datetime.timedelta(days=7),
                'prices': [('create', [{'quantity': 0, 'unit_price': Decimal('6.00')}])]},
            {'template': products['GADGET'].template.id, 'party': suppliers[0].id,
                'lead_time': datetime.timedelta(days=10),
                'prices': [('create', [{'quantity': 0, 'unit_price': Decimal('15.00')}])]},
            {'template': products['COFFEE'].template.id, 'party': suppliers[1].id,
                'lead_time': datetime.timedelta(days=14),
                'prices': [('create', [{'quantity': 0, 'unit_price': Decimal('11.00')}])]},
            ])
    return customers, suppliers


def setup_carriers(products, suppliers):
    Carrier = pool.get('carrier')
    ups, fedex = suppliers[2], suppliers[3]
    Carrier.create([
            {'party': ups.id, 'carrier_product': products['FREIGHT'].id,
                'carrier_cost_method': 'product'},
            {'party': fedex.id, 'carrier_product': products['FREIGHT'].id,
                'carrier_cost_method': 'product'},
            ])


def setup_opening_stock(company, warehouses, products):
    Inventory = pool.get('stock.inventory')
    main, east = warehouses
    stock = {
        main: {'WIDGET': 500, 'GADGET': 40, 'BOLT-BOX': 1200, 'COFFEE': 250},
        east: {'WIDGET': 80, 'GADGET': 5, 'COFFEE': 30},
        }
    inventories = Inventory.create([{
                'location': warehouse.storage_location.id, 'company': company.id,
                'date': datetime.date.today() - datetime.timedelta(days=1),
                'lines': [('create', [{'product': products[code].id,
                                    'quantity': float(quantity)}
                            for code, quantity in quantities.items()])],
                } for warehouse, quantities in stock.items()])
    Inventory.confirm(inventories)


def main():
    with Transaction().start(database, 0, context={}) as transaction:
        company, _ = setup_company()
        with transaction.set_context(company=company.id, user=1):
            accounts = setup_accounting(company)
            warehouses = setup_warehouses()
            uoms = setup_uoms()
            products = setup_products(accounts, uoms)
            _, suppliers = setup_parties(accounts, products)
            setup_carriers(products, suppliers)
            setup_opening_stock(company, warehouses, products)
        transaction.commit()
    log("master data created")


main()
