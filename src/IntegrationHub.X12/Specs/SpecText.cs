namespace IntegrationHub.X12.Specs;

/// <summary>
/// Structure of the supported sets in a compact form: one entry per line, <c>ID MAX [M]</c>
/// (MAX is a number or <c>&gt;1</c> for unbounded; M = mandatory); <c>XXLoop MAX [M] [</c> opens a loop and <c>]</c> closes it.
/// Based on the 004010 / 005010 standards; a segment that may repeat at its position becomes an array in the JSON form.
/// </summary>
internal static class SpecText
{
    public const string Set850 = """
        BEG 1 M
        CUR 1
        REF >1
        PER 3
        TAX >1
        FOB >1
        CTP >1
        PAM 10
        CSH 5
        TC2 >1
        SAC 25
        ITD >1
        DIS 20
        INC 1
        DTM 10
        LDT 12
        LIN 5
        SI >1
        PID 200
        MEA 40
        PWK 25
        PKG 200
        TD1 2
        TD5 12
        TD3 12
        TD4 5
        MAN 10
        PCT >1
        CTB >1
        TXI >1
        AMT >1
        N9Loop 1000 [
          N9 1 M
          DTM >1
          MSG 1000
        ]
        N1Loop 200 [
          N1 1 M
          N2 2
          N3 2
          N4 >1
          NX2 >1
          REF 12
          PER >1
          SI >1
          FOB 1
          TD1 2
          TD5 12
          TD3 12
          TD4 5
          PKG 200
        ]
        PO1Loop >1 M [
          PO1 1 M
          LIN >1
          SI >1
          CUR 1
          CN1 1
          PO3 25
          CTP >1
          PAM 10
          MEA 40
          PID 1000
          PWK 25
          PO4 >1
          REF >1
          PER 3
          SAC 25
          IT8 1
          CSH >1
          ITD 2
          DIS 20
          INC 1
          TAX >1
          FOB >1
          SDQ 500
          IT3 5
          DTM 10
          TC2 >1
          TD1 1
          TD5 12
          TD3 12
          TD4 5
          PCT >1
          MAN 10
          MSG >1
          SPI >1
          AMT >1
          SCH 200
          N9Loop 1000 [
            N9 1 M
            DTM >1
            MSG 1000
          ]
          N1Loop 200 [
            N1 1 M
            N2 2
            N3 2
            N4 1
            QTY >1
            NX2 >1
            REF 12
            PER 3
            SI >1
            DTM 1
            FOB 1
            SCH 200
            TD1 2
            TD5 12
            TD3 12
            TD4 5
            PKG 200
          ]
          SLNLoop 1000 [
            SLN 1 M
            MSG >1
            SI >1
            PID 1000
            PO3 104
            TC2 >1
            ADV >1
            DTM 10
            CTP 25
            PAM 10
            PO4 1
            TAX 3
            SAC 25
          ]
        ]
        CTT 1
        """;

    public const string Set855 = """
        BAK 1 M
        CUR 1
        REF >1
        PER 3
        TAX >1
        FOB >1
        CTP >1
        PAM 10
        CSH 5
        SAC 25
        ITD >1
        DIS 20
        INC 1
        DTM 10
        LDT 12
        LIN 5
        SI >1
        PID 200
        MEA 40
        PWK 25
        PKG 200
        TD1 2
        TD5 12
        TD3 12
        TD4 5
        MAN 10
        TXI >1
        CTB >1
        AMT >1
        N9Loop 1000 [
          N9 1 M
          DTM >1
          MSG 1000
        ]
        N1Loop 200 [
          N1 1 M
          N2 2
          N3 2
          N4 >1
          NX2 >1
          REF 12
          PER >1
          SI >1
          FOB 1
          TD1 2
          TD5 12
          TD3 12
          TD4 5
          PKG 200
        ]
        PO1Loop >1 [
          PO1 1 M
          LIN >1
          SI >1
          CUR 1
          CN1 1
          PO3 25
          CTP >1
          PAM 10
          MEA 40
          PID 1000
          PWK 25
          PO4 >1
          REF >1
          PER 3
          SAC 25
          IT8 1
          CSH >1
          ITD 2
          DIS 20
          INC 1
          TAX >1
          FOB >1
          SDQ 500
          IT3 5
          DTM 10
          TC2 >1
          TD1 1
          TD5 12
          TD3 12
          TD4 5
          PCT >1
          MAN 10
          MSG >1
          SPI >1
          AMT >1
          ACK 104
          SCH 104
          N9Loop 1000 [
            N9 1 M
            DTM >1
            MSG 1000
          ]
          N1Loop 200 [
            N1 1 M
            N2 2
            N3 2
            N4 1
            QTY >1
            NX2 >1
            REF 12
            PER 3
            SI >1
            DTM 1
            FOB 1
            SCH 200
            TD1 2
            TD5 12
            TD3 12
            TD4 5
            PKG 200
          ]
          SLNLoop 1000 [
            SLN 1 M
            MSG >1
            SI >1
            PID 1000
            PO3 104
            ACK 104
            DTM 10
          ]
        ]
        CTT 1
        """;

    public const string Set856 = """
        BSN 1 M
        DTM 10
        HLLoop >1 M [
          HL 1 M
          LIN 1
          SN1 1
          SLN >1
          PRF 1
          PO4 1
          PID 200
          MEA 40
          PWK 25
          PKG 25
          TD1 20
          TD5 12
          TD3 12
          TD4 5
          REF >1
          PER 3
          MAN >1
          DTM 10
          FOB 1
          PAL 1
          PO3 >1
          CUR 1
          SAC >1
          GF 1
          YNQ 10
          LH1Loop 100 [
            LH1 1 M
            LH2 4
            LH3 10
            LFH 20
            LEP >1
            LH4 1
            LHT 3
            LHR 10
            PER 5
            LHE 1
          ]
          CLDLoop 200 [
            CLD 1 M
            REF 200
            DTP 1
          ]
          N1Loop 200 [
            N1 1 M
            N2 2
            N3 2
            N4 1
            REF 12
            PER 3
            FOB 1
          ]
        ]
        CTT 1
        """;

    public const string Set810 = """
        BIG 1 M
        NTE 100
        CUR 1
        REF 12
        YNQ 10
        PER 3
        N1Loop 200 [
          N1 1 M
          N2 2
          N3 2
          N4 1
          REF 12
          PER 3
          DMG 1
        ]
        ITD >1
        DTM 10
        FOB 1
        PID 200
        MEA 40
        PWK 25
        PKG 25
        L7 1
        BAL >1
        INC 1
        PAM >1
        CRC 1
        MAN 10
        TD5 12
        TD1 10
        TD4 10
        TD3 12
        IT1Loop 200000 [
          IT1 1 M
          CRC 1
          QTY 5
          CUR 1
          IT3 5
          TXI 10
          CTP 25
          PAM 10
          MEA 40
          PID 1000
          PWK 25
          PKG 25
          PO4 1
          ITD 2
          REF >1
          YNQ 10
          PER 5
          SDQ 500
          DTM 10
          CAD >1
          L7 >1
          SR 1
          SAC 25
          N1Loop 200 [
            N1 1 M
            N2 2
            N3 2
            N4 1
            REF 12
            PER 3
            DMG 1
          ]
          SLNLoop 1000 [
            SLN 1 M
            DTM 1
            REF >1
            PID 1000
            SAC 25
            TC2 >1
            TXI 10
          ]
        ]
        TDS 1 M
        TXI 10
        CAD 1
        AMT >1
        SAC 25
        ISS >1
        CTT 1
        """;

    public const string Set997 = """
        AK1 1 M
        AK2Loop 999999 [
          AK2 1 M
          AK3Loop 999999 [
            AK3 1 M
            AK4 99
          ]
          AK5 1 M
        ]
        AK9 1 M
        """;

    public const string Set999 = """
        AK1 1 M
        AK2Loop >1 [
          AK2 1 M
          IK3Loop >1 [
            IK3 1 M
            CTX 10
            IK4Loop 99 [
              IK4 1 M
              CTX 10
            ]
          ]
          IK5 1 M
        ]
        AK9 1 M
        """;

    /// <summary>Element rules: <c>ID=Name|M|O TYPE MIN MAX name; ...</c>. Types: AN ID N R DT TM.</summary>
    public const string Segments = """
        ST=Transaction Set Header|M ID 3 3 set id;M AN 4 9 control number;O AN 1 35 implementation reference
        SE=Transaction Set Trailer|M N 1 10 segment count;M AN 4 9 control number
        GS=Functional Group Header|M ID 2 2 functional id;M AN 2 15 application sender;M AN 2 15 application receiver;M DT 8 8 date;M TM 4 8 time;M N 1 9 group control number;M ID 1 2 agency;M AN 1 12 version
        GE=Functional Group Trailer|M N 1 6 set count;M N 1 9 group control number
        IEA=Interchange Control Trailer|M N 1 5 group count;M N 9 9 interchange control number
        TA1=Interchange Acknowledgment|M N 9 9 interchange control number;M DT 6 6 interchange date;M TM 4 4 interchange time;M ID 1 1 acknowledgment code;M ID 3 3 note code
        BEG=Beginning Segment for Purchase Order|M ID 2 2 purpose;M ID 2 2 PO type;M AN 1 22 PO number;O AN 1 30 release number;M DT 8 8 PO date
        BAK=Beginning Segment for PO Acknowledgment|M ID 2 2 purpose;M ID 2 2 acknowledgment type;M AN 1 22 PO number;M DT 8 8 PO date
        BSN=Beginning Segment for Ship Notice|M ID 2 2 purpose;M AN 2 30 shipment id;M DT 8 8 date;M TM 4 8 time
        BIG=Beginning Segment for Invoice|M DT 8 8 invoice date;M AN 1 22 invoice number;O DT 8 8 PO date;O AN 1 22 PO number
        HL=Hierarchical Level|M AN 1 12 id;O AN 1 12 parent id;M ID 1 2 level code;O ID 1 1 child code
        PRF=Purchase Order Reference|M AN 1 22 PO number
        DTM=Date/Time Reference|M ID 3 3 qualifier;O DT 8 8 date;O TM 4 8 time
        CTT=Transaction Totals|M N 1 6 line items;O R 1 10 hash total
        N1=Name|M ID 2 3 entity code;O AN 1 60 name;O ID 1 2 id qualifier;O AN 2 80 id
        PO1=Baseline Item Data|O AN 1 20 line number;O R 1 15 quantity;O ID 2 2 unit;O R 1 17 unit price
        IT1=Baseline Item Data (Invoice)|O AN 1 20 line number;O R 1 10 quantity;O ID 2 2 unit;O R 1 17 unit price
        TDS=Total Monetary Value Summary|M N 1 15 total amount
        AK1=Functional Group Response Header|M ID 2 2 functional id;M N 1 9 group control number;O AN 1 12 version
        AK2=Transaction Set Response Header|M ID 3 3 set id;M AN 4 9 control number;O AN 1 35 implementation reference
        AK5=Transaction Set Response Trailer|M ID 1 1 acknowledgment code
        IK5=Transaction Set Response Trailer|M ID 1 1 acknowledgment code
        AK9=Functional Group Response Trailer|M ID 1 1 acknowledgment code;M N 1 6 sets included;M N 1 6 sets received;M N 1 6 sets accepted
        """;
}
