"""
Shape of MvuleniNofemele/STI_SAPIENS "TestData/SAPIENS_Idirect.xlsx" (commit
cc89d2a9c002bf9d5737ccdef34afd9764edd9fe): the data workbook of a keyword-driven Selenium test suite
for a South African bank-insurer's policy administration system (contact creation, home, motor,
computer and boat policies, claims). Seven sheets:
- "Driver": TestCaseId / TestCaseName / FunctionName / ExecutionFlag / IterationStatus / OverallStatus /
  Remarks / ExecutionDate, two test cases and two unnumbered ones, I2:J2 merged;
- "Configuration": Variable / Value — browser, screenshots, environment, release, URLs of the test
  environments (one URL without a name);
- "TestData" (frozen at A2): row 1 TestCaseId / TestCaseDetail / Parameters; then blocks, one per
  test case: a row starting with the case number ("001", "002", "007" … "013") that restates the
  parameter names (41 for contact creation, up to 146 for policies: ID_Type, Sur_Name, First_Name,
  Title, EMail_Address, Bank_Account_Number …, Product_Type, Branch_Code, SumInsuredMainBuilding,
  Make, Model_Variant, Hull_Code, CauseOfLoss, dozens of Y/X underwriting questions …), under it one
  row per iteration with column A empty (4 contact personas, 128 policy cases, one row each for the
  others), and a last row "End";
- "Sheet2": ID / Product / Premium — premiums read back per quote, the ID merged over four rows;
- "RemoteExecution": Variable / Value; "Sheet1": two columns of timings with an Average row;
- "Sheet3": an "I d e n t i t y   G e n e r a t o r" (title merged over C3:S4) building a South
  African ID number with RAND() formulas, labels in R and results in S (its look-ups into a linked
  workbook are pasted values here).
The personas are test data typed into the system under test (the same fake address 'test1/test2,
PRETORIA' and one test e-mail on every row), not anyone's clients.
Values invented: the bank/insurer is renamed, e-mails, phone, account and ID numbers, URLs and
names replaced; parameter names and option wording kept.
"""
from fake import Fake, save, workbook
from openpyxl.styles import Font

f = Fake("testdata-en-za-insurerautomation")

BLOCKS = [{'hdr': ['001', 'TestCase_Name', 'iterationFlag', 'ID_Type', 'Legal_Type', 'Sur_Name', 'First_Name', 'Initials',
          'Client_Group', 'Client_Type', 'Title', 'Gender', 'Address_Type_Primary', 'Address_Type_Secondary',
          'AddressLine_1', 'AddressLine_2', 'Suburb/Foreign_Town', 'CityTownForeignCountry', 'Post_Code',
          'Telephone_Type', 'Dialing_Code', 'Number', 'Preferred_Communication_Channel',
          'Preferred_Delivery_Address_Type', 'EMail_Address', 'Marital_Status', 'Occupation_Status',
          'Occupation_Code', 'Source_Of_Income', 'Education', 'SIC_Code', 'Employers_Name', 'PassportNationality',
          'Account_Type', 'Business_Account', 'Bank_Name', 'Bank_Account_Number', 'Marital_Contract',
          'Employment_Sector', 'Employee_Identified', 'Employee_Verified'],
  'id': '001',
  'names': ['New Individual Contact Creation', 'New Business Contact Creation - Sole Trader',
            'New Business Contact Creation - Sole Trader', 'New Business Contact Creation - Estate'],
  'pools': [[None],
            ['New Business Contact Creation - Sole Trader', 'New Individual Contact Creation',
             'New Business Contact Creation - Estate'],
            ['No', 'Yes'], ['ID Number', 'Passport Number', 'Registration Number'], ['Legal entity', 'Individual'],
            ['Umoya Automation', 'Thabo'], ['CoreIns', 'Naledi'], ['UAT', 'SIT'],
            ['Sole Trader', 'Individual', 'Estate'],
            ['SOLE PROPRIETOR - SA RESIDENT', 'PRIV INDIV - SA RESIDENTS', 'ESTATE LATE CLIENT-SA RESIDENT'],
            ['CAPTAIN'], ['Male'], ['Registered Address', 'Physical Address'], ['Portfolio Postal Address'],
            ['test1'], ['test2'], ['PRETORIA SHOW', 'PRETORIA'], ['PRETORIA'], ['0071', '0002'], ['Cell Phone'],
            ['027'], ['0610000140'], ['E-MAIL'], ['Official'],
            ['core.automation@example.com', 'qa.tester@example.com'], ['Single'], ['STUDENT', 'FULL TIME EMPLOYED'],
            ['ACCOUNTANT'], ['ALLOWANCE', 'SALARY/ WAGES'], ['CERTIFICATE 24 MONTHS'],
            ['EXTERRITORIAL ORGANISATIONS', 'BEAUTY TREATMENT'], ['Umoya'], ['SOUTH AFRICAN ZA'], ['Savings Account'],
            ['Yes'], ['Umoya BANK LIMITED'], ['4000012345'], ['BY ANTENUPTIAL CONTRACT WITH ACCRUAL', 'N/A'],
            [None, 'CIVIL SERVICE'], [None, 'yes'], [None, 'yes']]},
 {'hdr': ['002', 'TestCase_Name', 'iterationFlag', 'Product_Type', 'Policy_Type', 'Branch_Code', 'Source',
          'CurrentSalesChannel', 'Question_1', 'Question_2', 'Question_3', 'Question_4', 'Question_5',
          'Line_Of_Business', 'Collection_Method', 'Payment_Terms', 'Preferred_DueDay', 'Decision',
          'Policy_BankAccount', 'Insurance_Amount', 'Insure', 'Building_UsedFor', 'Type_Of_Building', 'Type_Of_Area',
          'Unoccupied_Days', 'Wall_Construction', 'Roof_Construction', 'NumberOfOutBuildings', 'Geysers',
          'Solar_Geysers', 'Bond_Applicable', 'SumInsuredMainBuilding', 'SumInsuredOutBuilding', 'Flat',
          'Registered_Owner', 'Alarm_Installed', 'BurglarBarsMainDwelling', 'ExternalDoorMainDwelling',
          'BurglarBarsOutbuilding', 'ExternalDoorOutbuilding', 'Vehicle_ID', 'VehicleParkDuringDay',
          'DayTimeParkingCovered', 'DayTimeParkingLocked', 'VehicleParkDuringNight', 'NightTimeParkingCovered',
          'NightTimeParkingLocked', 'VehicleUsedFor', 'Make', 'Model_Variant', 'YearOfManufacture',
          'InsuredForRetailOrCustom', 'Immobiliser_Make', 'Regular_Driver', 'DriverLicenseType',
          'Driving_Certificate', 'Item_Type', 'Address', 'SpecifiedAllRiskCover', 'Description', 'Computer_Type',
          'BoatStoredWhenNotInUse', 'Hull_Code', 'Boat_Speed', 'InboardSumInsured', 'OutboardSumInsured',
          'CauseOfLoss', 'Claim_Description', 'Insured_Object', 'ClaimLocationType', 'Damage_Node',
          'DamageBeenAttended', 'RelationshipOfPersonReportingClaim', 'WhyReportingClaim',
          'InsuranceBeforeTakingPolicy', 'RelationshipToPolicyHolder', 'DriverComingFrom', 'DriverGoingTo',
          'AlcoholBeforeIncident', 'DriverInjuries', 'IncidentReportedToPolice', 'WhoWasAccidentDriver',
          'DamagesOnVehicle', 'AddressLine_1', 'AddressLine_2', 'Suburb/Foreign_Town', 'CityTownForeignCountry',
          'Post_Code', 'Territorial_Letter_Provided', 'Territorial_Countries', 'MotorFinance', 'Watercraft_Financed',
          'Finance_Company', 'FinanceAgreementNumber', 'UninterruptedWatercraftInsurance', 'Claims_In_Past_12_Months',
          'Claims_In_Past_24_Months', 'Claims_In_Past_36_Months', 'ItemForBusinessPurpose', 'Affinity',
          'Old_Policy_Number', 'External_Reference_Number', 'External_Reference_Name', 'Case_Nbr', 'Staff_Indicator',
          'occupied_during_day', 'Does_the_property_border', 'Specify Xn residental property',
          'Is there a thatched lapa', 'Thatched Lapa hut floor area', 'Does the Size of Lapa', 'Do you have a SABS',
          'Waive_Lightning_Conductor', 'Is_the_building_completed', 'Have_you_had_any_ burglaries_at_the_property',
          'Is_the_property_in_a_high_security_complex', 'Are_there_1.8m_high_walls',
          'Are_there_Razor_wire_along_the_perimeter_wall', 'Is_there_an_electronic_gate?',
          'Is_there_24hr_security_or_access_control_on_gates?', 'Is_there_electric_fencing?',
          'Is_there_a_24-hour_security_guard_patrol', 'Property_Survey_Tcuired',
          'Are_there_any_Gas_appliances_or_equipment', 'Are_there_any_Gas_Pipe_Connections',
          'Is_there_any_business_conducted_on_the_property', 'Please_provide_a_full_description',
          'Are you off the Eskom_City Power Grid', 'Do you have a generator',
          'Is Generator Connected to power backup', 'Cover_type', 'Compulsoryexcess',
          'Have you had uninterrupted 36 months?', 'Number of claims or losses in the past 12 months',
          'Number of claims or losses in the past 13 to 24 months',
          'Number of claims or losses in the past 25 to 36 months', 'Notes Building', 'Wave_Alarm',
          'Waive_Burglar_Bars', 'waive_security_gates', 'Inventory_Required', 'BusinessContext',
          'businessContentsFlatExcess', 'Underwriting1', 'Policy_Renewal_Period', 'CoverType'],
  'id': '002',
  'names': ['Umoya IDirect - Property - Building_Case1', 'Umoya idirect - Property - Building_Case2',
            'Umoya idirect - Property - Building_Case3', 'Umoya idirect - Property - Building_Case4',
            'Umoya idirect - Property - Building_Case5', 'Umoya idirect - Property - Building_Case6',
            'Umoya idirect - Property - Building_Case7', 'Umoya idirect - Property - Building_Case8',
            'Umoya idirect - Property - Building_Case9', 'Umoya idirect - Property - Building_Case10',
            'Umoya idirect - Property - Building_Case11', 'Umoya idirect - Property - Building_Case12',
            'Umoya idirect - Property - Building_Case13', 'Umoya idirect - Property - Building_Case14',
            'Umoya idirect - Property - Building_Case15', 'Umoya idirect - Property - Building_Case16',
            'Umoya idirect - Property - Building_Case17', 'Umoya idirect - Property - Building_Case18',
            'Umoya idirect - Property - Building_Case19', 'Umoya idirect - Property - Building_Case20',
            'Umoya idirect - Property - Building_Case21', 'Umoya idirect - Property - Building_Case22',
            'Umoya idirect - Property - Building_Case23', 'Umoya idirect - Property - Building_Case24',
            'Umoya idirect - Property - Building_Case25', 'Umoya idirect - Property - Building_Case26',
            'Umoya idirect - Property - Building_Case27', 'Umoya idirect - Property - Building_Case28',
            'Umoya idirect - Property - Building_Case29', 'Umoya idirect - Property - Building_Case30',
            'Umoya idirect - Property - Building_Case31', 'Umoya idirect - Property - Building_Case32',
            'Umoya idirect - Property - Building_Case33', 'Umoya idirect - Property - Building_Case34',
            'Umoya idirect - Property - Building_Case35', 'Umoya idirect - Property - Building_Case36',
            'Umoya idirect - Property - Building_Case37', 'Umoya idirect - Property - Building_Case38',
            'Umoya idirect - Property - Building_Case39', 'Umoya idirect - Property - Building_Case40',
            'Umoya idirect - Property - Building_Case41', 'Umoya idirect - Property - Building_Case42',
            'Umoya idirect - Property - Building_Case43', 'Umoya idirect - Property - Building_Case44',
            'Umoya idirect - Property - Building_Case45', 'Umoya idirect - Property - Building_Case46',
            'Umoya idirect - Property - Building_Case47', 'Umoya idirect - Property - Building_Case48',
            'Umoya IDirect - Property - Contents_Case1', 'Umoya idirect - Property - Contents_Case2',
            'Umoya idirect - Property - Contents_Case3', 'Umoya idirect - Property - Contents_Case4',
            'Umoya idirect - Property - Contents_Case5', 'Umoya idirect - Property - Contents_Case6',
            'Umoya idirect - Property - Contents_Case7', 'Umoya idirect - Property - Contents_Case8',
            'Umoya idirect - Property - Contents_Case9', 'Umoya idirect - Property - Contents_Case10',
            'Umoya idirect - Property - Contents_Case11', 'Umoya idirect - Property - Contents_Case12',
            'Umoya idirect - Property - Contents_Case13', 'Umoya idirect - Property - Contents_Case14',
            'Umoya idirect - Property - Contents_Case15', 'Umoya idirect - Property - Contents_Case16',
            'Umoya idirect - Property - Contents_Case17', 'Umoya idirect - Property - Contents_Case18',
            'Umoya idirect - Property - Contents_Case19', 'Umoya idirect - Property - Contents_Case20',
            'Umoya idirect - Property - Contents_Case21', 'Umoya idirect - Property - Contents_Case22',
            'Umoya idirect - Property - Contents_Case23', 'Umoya idirect - Property - Contents_Case24',
            'Umoya idirect - Property - Contents_Case25', 'Umoya idirect - Property - Contents_Case26',
            'Umoya idirect - Property - Contents_Case27', 'Umoya idirect - Property - Contents_Case28',
            'Umoya idirect - Property - Contents_Case29', 'Umoya idirect - Property - Contents_Case30',
            'Umoya idirect - Property - Contents_Case31', 'Umoya idirect - Property - Contents_Case32',
            'Umoya idirect - Property - Contents_Case33', 'Umoya idirect - Property - Contents_Case34',
            'Umoya idirect - Property - Contents_Case35', 'Umoya idirect - Property - Contents_Case36',
            'Umoya idirect - Property - Contents_Case37', 'Umoya idirect - Property - Contents_Case38',
            'Umoya idirect - Property - Contents_Case39', 'Umoya idirect - Property - Contents_Case40',
            'Umoya idirect - Property - Contents_Case41', 'Umoya idirect - Property - Contents_Case42',
            'Umoya idirect - Property - Contents_Case43', 'Umoya idirect - Property - Contents_Case44',
            'Umoya idirect - Property - Contents_Case45', 'Umoya idirect - Property - Contents_Case46',
            'Umoya idirect - Property - Contents_Case47', 'Umoya idirect - Property - Contents_Case48',
            'Umoya IDirect - Motorcar - Vehicle', 'Umoya IDirect - Motorcar - Vehicle',
            'Umoya IDirect - Motorcar - Vehicle', 'Umoya IDirect - Motorcar - Vehicle',
            'Umoya IDirect - Motorcar - Vehicle', 'Umoya IDirect - Motorcar - Vehicle',
            'Umoya IDirect - Motorcar - Motorcycle', 'Umoya IDirect - Motorcar - Motorcycle',
            'Umoya IDirect - Motorcar - Motorcycle', 'Umoya IDirect - Motorcar - Motorcycle',
            'Umoya IDirect - Motorcar - Caravan/Trailer', 'Umoya IDirect - All Risk - Specified All Risk',
            'Umoya IDirect - All Risk  - Unspecified All Risk', 'Umoya IDirect - Personal Computers -Case_1',
            'Umoya idirect - Personal Computers -Case_2', 'Umoya idirect - Personal Computers -Case_3',
            'Umoya idirect - Personal Computers -Case_4', 'Umoya idirect - Personal Computers -Case_5',
            'Umoya idirect - Personal Computers -Case_6', 'Umoya idirect - Personal Computers -Case_7',
            'Umoya idirect - Personal Computers -Case_8', 'Umoya idirect - Personal Computers -Case_9',
            'Umoya idirect - Personal Computers -Case_10', 'Umoya idirect - Personal Computers -Case_11',
            'Umoya idirect - Personal Computers -Case_12', 'Umoya idirect - Personal Computers -Case_13',
            'Umoya idirect - Personal Computers -Case_14', 'Umoya idirect - Personal Computers -Case_15',
            'Umoya idirect - Personal Computers -Case_16', 'Umoya idirect - Personal Computers -Case_17',
            'Umoya idirect - Boats', 'Umoya idirect - Personal Accident'],
  'pools': [[None],
            ['Umoya IDirect - Motorcar - Vehicle', 'Umoya IDirect - Motorcar - Motorcycle',
             'Umoya IDirect - Property - Building_Case1'],
            ['No', 'Yes'], ['Umoya idirect'], ['True Monthly', 'Yearly'],
            ['Gauteng SW', 'Eastern Cape SW', 'Limpopo SW'], ['IDIT'], ['Umoya Bank Branch'], ['No'], ['No'], ['No'],
            ['No'], ['No'], ['Property', 'Personal Computers', 'Motorcar'], ['Direct Debit', 'Cash'],
            ['True Monthly', 'Annual'], ['1', '2', '3'], ['Confirm Policy'], ['4000012345'], ['N/A', '15000', '7500'],
            ['Contents', 'Building', 'Personal Computers'], ['Main Residence', 'Holiday Home', 'Additional Property'],
            ['House', 'Townhouse', 'Cluster house'], ['Residential', 'Housing Estate', 'Caravan Park'],
            ['1', '3', '2'], ['Brick (Standard)', 'Asbestos (Standard)', 'Precast (Standard)'],
            ['Clay Clay tile (Standard)', 'Slate (Standard)', 'Concrete (Standard)'],
            ['0', 'There are several buildings', '4'], ['N/A', '4'], ['N/A', '4'], ['N/A', 'No Bond Applicable'],
            ['700000', '1100000', '400000'], ['0', '1500', '2000'], ['1000', '10000', '4000'],
            ['Insured', "Insured's Spouse", 'Insured and Spouse'], ['SAIDSA Alarm - Warden response', 'N/A'],
            ['Yes - All Windows', 'N/A'], ['Security gates installed on all external doors', 'N/A'], ['Yes', 'N/A'],
            ['Yes', 'N/A'], ['N/A', 'DE7895', 'DE7433'],
            ['N/A', 'Access Controlled Complex', 'Basement – Electronic Access'], ['N/A', 'Roofed', 'Shade netting'],
            ['N/A', 'Locked/access control', 'None'],
            ['N/A', 'Access Controlled Complex', 'Basement – No Electronic Access'],
            ['N/A', 'Roofed', 'Shade netting'], ['N/A', 'Locked/access control', 'None'],
            ['N/A', 'Private/Social to & from Work', 'Coastal Only'], ['N/A', 'Lenovo', 'TM RACING'],
            ['N/A', 'EN 250', '118i M SPORT A/T (F40)'], ['N/A', '2015', '2019'], ['N/A', 'Retail Value'],
            ['N/A', 'Fitted with VESA approved level 3 or 4 immobiliser',
             'Warranted that the vehicle is fitted with a VSS compliant immobilizer'],
            ['N/A', 'Insured'], ['N/A', 'Drivers License Code B', 'Drivers License Code A'],
            ['N/A', 'Shayela Approved'], ['N/A', 'Caravan', 'Motor Boat'],
            ['test,PRETORIA,PRETORIA SHOW,0071', 'N/A'], ['N/A', 'Hearing Aid'],
            ['N/A', 'Hearing', 'AR212XD JET BOAT'], ['N/A', 'Ipad', 'Laptop'], ['N/A', 'Boat club in locked storage'],
            ['N/A', 'Hull Length 8m or less'], ['N/A', '<120'], ['N/A', '0'], ['N/A', '0'], ['Accidental injury'],
            ['Building', 'Contents', 'Personal Computers'],
            [None, 'JAGUAR XE 2.0 PRESTIGE A/T DE7895', 'TM RACING 250 DE7895'], ['Canal', 'Freeway'],
            ['Building - Bursting of geyser', 'Contents - Documents', 'SASRIA Personal Computer'], ['Yes'],
            ['Test', None], ['Test', None], ['No', None], ['N/A', None, 'Test'], ['N/A', None, 'Test'],
            ['N/A', None, 'Test'], ['N/A', None, 'No'], ['N/A', None, 'No'], ['No', None],
            ['N/A', None, 'Policy holder'], ['N/A', None, 'Body'], ['test'], ['test'], ['PRETORIA SHOW'],
            ['PRETORIA'], ['0071'], [None, 'No'], [None, 'South Africa'], [None, 'Y'], [None, 'No'],
            [None, 'Umoya Bank Ltd'], [None, '12345'], [None, 'No'], [None], [None], [None], [None, 'No'],
            ['Members of the All Contacts Association', 'Physical Persons'],
            ['8800000098', '8800000097', '8800000096'], ['?:"{}|', '12345678', '12345A'],
            ['?:"{}|', '12345678', '12345A'], ['CASE-123', 'Case123', 'A123'],
            ['Pensioner', 'Staff Pensioner', 'Staff Member'], ['Y', 'X', None], ['Y', 'X', None],
            [None, 'Sports Field', 'Park'], ['Y', 'X', None],
            [None, 'Lapa less than 10% of the Main Dwelling', 'Lapa more than 10% of the Main Dwelling'],
            [None, 'Y', 'X'], [None, 'Y', 'X'], ['Y', 'X', None], ['X', 'Y', None], ['Y', 'X', None],
            ['X', None, 'Y'], ['X', None, 'Y'], ['X', None, 'Y'], ['X', None, 'Y'], ['X', None, 'Y'],
            ['X', None, 'Y'], ['X', None, 'Y'], ['Y', 'X', None], ['Y', 'X', None], ['Y', 'X', None],
            ['X', None, 'Y'],
            [None,
             'As our customer base grow, so do we grow with them. We build lasting relationships and provide '
             'adaptable insurance solutions. Flexiflite is the ideal solution for customers seeking to consolidate '
             'business and household insurance into a single policy. Its flexibility is what sets this product '
             'apart, as it allows customers to tailor their insurance to meet their individual circumstances.\n',
             'As our customer base grow, so do we grow with them. We build lasting relationships and provide '
             'adaptable insurance solutions.'],
            ['X', None, 'Y'], ['X', None, 'Y'], ['X', None, 'Y'], ['Agreed Value', None, 'Replacement Cover'],
            ['1000', None, '2000'], ['Y', None], ['1', None, '3'], ['1', None, '3'], ['1', None, '3'],
            ['As our customer base grow, so do we grow with them. We build lasting relationships and provide '
             'adaptable insurance solutions.',
             None],
            ['N/A', None, 'Y'], ['N/A', None, 'X'], ['N/A', None, 'Y'], ['N/A', None, 'X'], ['N/A', None, 'X'],
            ['N/A', '1000', '2000'], ['Approved'], ['N/A'], [None, 'N/A', 'ThirdParty']]},
 {'hdr': ['007', 'TestCase_Name', 'iterationFlag', 'ID_Type', 'Legal_Type', 'Sur_Name', 'First_Name', 'Initials',
          'Client_Group', 'Client_Type', 'Title', 'Gender', 'Address_Type_Primary', 'Address_Type_Secondary',
          'AddressLine_1', 'AddressLine_2', 'Suburb/Foreign_Town', 'CityTownForeignCountry', 'Post_Code',
          'Telephone_Type', 'Dialing_Code', 'Number', 'Preferred_Communication_Channel',
          'Preferred_Delivery_Address_Type', 'EMail_Address', 'Marital_Status', 'Occupation_Status',
          'Occupation_Code', 'Source_Of_Income', 'Education', 'SIC_Code', 'Employers_Name', 'PassportNationality',
          'Account_Type', 'Business_Account', 'Bank_Name', 'Bank_Account_Number', None, None, None, None, None, None,
          None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
          None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
          None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
          None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
          None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
          None, None, None, None, None, None, None, None, None, '1000'],
  'id': '007',
  'names': ['Update Existing Contact Details'],
  'pools': [[None], ['Update Existing Contact Details'], ['No'], ['ID Number'], ['Individual'], ['Automation'],
            ['CoreIns'], ['A'], ['Individual'], ['STAFF - SA RESIDENT'], ['CAPTAIN'], ['Male'], ['Physical Address'],
            ['Portfolio Postal Address'], ['test'], ['test'], ['PRETORIA SHOW'], ['PRETORIA'], ['0071'],
            ['Cell Phone'], ['027'], ['0610000140'], ['E-MAIL'], ['Official'], ['core.automation@example.com'],
            ['Single'], ['STUDENT'], ['ACCOUNTANT'], ['ALLOWANCE'], ['CERTIFICATE 24 MONTHS'],
            ['EXTERRITORIAL ORGANISATIONS'], ['Umoya'], ['SOUTH AFRICAN-1000777'], ['Savings Account'], ['Yes'],
            ['Umoya BANK LIMITED'], ['4000012345'], [None], [None], [None], [None], [None], [None], [None], [None],
            [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None],
            [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None],
            [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None],
            [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None],
            [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None],
            [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None],
            [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None],
            [None], [None], [None], [None], [None], [None], ['1000']]},
 {'hdr': ['008', 'TestCase_Name', 'iterationFlag', 'Product_Type', 'Policy_Type', 'Branch_Code', 'Source',
          'CurrentSalesChannel', 'Question_1', 'Question_2', 'Question_3', 'Question_4', 'Question_5',
          'Line_Of_Business', 'Collection_Method', 'Payment_Terms', 'Preferred_DueDay', 'Decision',
          'Policy_BankAccount', 'Insurance_Amount', 'Insure', 'Building_UsedFor', 'Type_Of_Building', 'Type_Of_Area',
          'Unoccupied_Days', 'Wall_Construction', 'Roof_Construction', 'NumberOfOutBuildings', 'Geysers',
          'Solar_Geysers', 'Bond_Applicable', 'SumInsuredMainBuilding', 'SumInsuredOutBuilding', 'Flat',
          'Registered_Owner', 'Alarm_Installed', 'BurglarBarsMainDwelling', 'ExternalDoorMainDwelling',
          'BurglarBarsOutbuilding', 'ExternalDoorOutbuilding', 'Vehicle_ID', 'VehicleParkDuringDay',
          'DayTimeParkingCovered', 'DayTimeParkingLocked', 'VehicleParkDuringNight', 'NightTimeParkingCovered',
          'NightTimeParkingLocked', 'VehicleUsedFor', 'Make', 'Model_Variant', 'YearOfManufacture',
          'InsuredForRetailOrCustom', 'Immobiliser_Make', 'Regular_Driver', 'DriverLicenseType',
          'Driving_Certificate', 'Item_Type', 'Address', 'SpecifiedAllRiskCover', 'Description', 'Computer_Type',
          'BoatStoredWhenNotInUse', 'Hull_Code', 'Boat_Speed', 'InboardSumInsured', 'OutboardSumInsured',
          'CauseOfLoss', 'Claim_Description', 'Insured_Object', 'ClaimLocationType', 'Damage_Node',
          'DamageBeenAttended', 'RelationshipOfPersonReportingClaim', 'WhyReportingClaim',
          'InsuranceBeforeTakingPolicy', 'RelationshipToPolicyHolder', 'DriverComingFrom', 'DriverGoingTo',
          'AlcoholBeforeIncident', 'DriverInjuries', 'IncidentReportedToPolice', 'WhoWasAccidentDriver',
          'DamagesOnVehicle', 'AddressLine_1', 'AddressLine_2', 'Suburb/Foreign_Town', 'CityTownForeignCountry',
          'Post_Code', 'Territorial_Letter_Provided', 'Territorial_Countries', None, 'Watercraft_Financed',
          'Finance_Company', 'FinanceAgreementNumber', 'UninterruptedWatercraftInsurance', 'Claims_In_Past_12_Months',
          'Claims_In_Past_24_Months', 'Claims_In_Past_36_Months', 'ItemForBusinessPurpose', 'Affinity',
          'Old_Policy_Number', 'External_Reference_Number', 'External_Reference_Name', 'Case_Nbr', 'Staff_Indicator',
          'occupied_during_day', 'Does_the_property_border', 'Specify Xn residental property',
          'Is there a thatched lapa', 'Thatched Lapa hut floor area', 'Does the Size of Lapa', 'Do you have a SABS',
          'Waive_Lightning_Conductor', 'Is_the_building_completed', 'Have_you_had_any_ burglaries_at_the_property',
          'Is_the_property_in_a_high_security_complex', 'Are_there_1.8m_high_walls',
          'Are_there_Razor_wire_along_the_perimeter_wall', 'Is_there_an_electronic_gate?',
          'Is_there_24hr_security_or_access_control_on_gates?', 'Is_there_electric_fencing?',
          'Is_there_a_24-hour_security_guard_patrol', 'Property_Survey_Tcuired',
          'Are_there_any_Gas_appliances_or_equipment', 'Are_there_any_Gas_Pipe_Connections',
          'Is_there_any_business_conducted_on_the_property', 'Please_provide_a_full_description',
          'Are you off the Eskom_City Power Grid', 'Do you have a generator',
          'Is Generator Connected to power backup', 'Cover_type', 'Compulsoryexcess',
          'Have you had uninterrupted 36 months?', 'Number of claims or losses in the past 12 months',
          'Number of claims or losses in the past 13 to 24 months',
          'Number of claims or losses in the past 25 to 36 months', 'Notes Building', 'Wave_Alarm',
          'Waive_Burglar_Bars', 'waive_security_gates', 'Inventory_Required', 'BusinessContext',
          'businessContentsFlatExcess', 'Underwriting1', 'Policy_Renewal_Period'],
  'id': '008',
  'names': ['Boats_001'],
  'pools': [[None], ['Boats_001'], ['No'], ['Umoya Plus'], ['True Monthly'], ['Gauteng SW'], ['IDIT'],
            ['Umoya Bank Branch'], ['No'], ['No'], ['No'], ['No'], ['No'], ['Boats'], ['Direct Debit'],
            ['True Monthly'], ['1'], ['Confirm Policy'], ['4000012345'], ['200000'], ['Boats'], ['Main Residence'],
            ['House'], ['Residential'], ['1'], ['Brick (Standard)'], ['Clay tile (Standard)'], ['0'], ['N/A'],
            ['N/A'], ['N/A'], ['400000'], ['0'], ['1000'], ['Insured'], ['SAIDSA Alarm - Warden response'],
            ['Yes - All Windows'], ['Security gates installed on all external doors'], ['Yes'], ['Yes'], ['N/A'],
            ['N/A'], ['N/A'], ['N/A'], ['N/A'], ['N/A'], ['N/A'], ['Coastal Only'], ['Yamaha'], ['N/A'], ['2015'],
            ['N/A'], ['N/A'], ['N/A'], ['N/A'], ['N/A'], ['Motor Boat'], ['N/A'], ['N/A'], ['AR212XD JET BOAT'],
            ['N/A'], ['Boat club in locked storage'], ['Hull Length 8m or less'], ['<120'], ['0'], ['0'],
            ['Accidental injury'], ['Boats'], ['Motor Boat'], ['Canal'], ['Boats - Fire'], ['Yes'], ['Test'],
            ['Test'], ['No'], [None], [None], [None], [None], [None], ['No'], [None], [None], ['test'], ['test'],
            ['PRETORIA SHOW'], ['PRETORIA'], ['0071'], ['No'], ['South Africa'], [None], ['No'], ['Umoya Bank Ltd'],
            ['12345'], ['No'], ['0'], ['0'], ['0'], [None], ['Members of the All Contacts Association'],
            ['8800000098'], ['?:"{}|'], ['?:"{}|'], ['CASE-123'], ['Pensioner'], [None], [None], [None], [None],
            [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None],
            [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None], [None],
            [None], [None], [None], [None], [None], [None], [None], [None], ['Approved'], ['N/A']]}]

# Boats_002 … Boats_006 restate Boats_001's block; only their case number and the underwriting
# answers that turn to "Yes" differ.
BOATS = BLOCKS[-1]
for case_id, case_name, yes in [
        ("009", "Boats_002", {"Territorial_Letter_Provided"}),
        ("010", "Boats_003", {"Territorial_Letter_Provided", "Watercraft_Financed"}),
        ("011", "Boats_004", {"Territorial_Letter_Provided", "Watercraft_Financed",
                              "UninterruptedWatercraftInsurance"}),
        ("012", "Boats_005", {"Watercraft_Financed", "UninterruptedWatercraftInsurance"}),
        ("013", "Boats_006", {"UninterruptedWatercraftInsurance"})]:
    BLOCKS.append({
        'hdr': [case_id] + BOATS['hdr'][1:],
        'id': case_id,
        'names': [case_name],
        'pools': [[case_name] if h == 'TestCase_Name' else ['Yes'] if h in yes else pool
                  for h, pool in zip(BOATS['hdr'], BOATS['pools'])]})


wb = workbook()
ws = wb.active
ws.title = "Driver"
for r in [["TestCaseId", "TestCaseName", "FunctionName", "ExecutionFlag", "IterationStatus", "OverallStatus", "Remarks",
           "ExecutionDate"],
          ["001", "New Contact Creation", "flow_NewContactCreation", "No"],
          ["002", "Umoya Idirect", "umoya_Idirect_Flow", "Yes"],
          [None, "Umoya Plus Policy Creation", "flow_PersonalLines_PolicyCreation"],
          [None, "Umoya Idirect", "umoya_Idirect_Flow"]]:
    ws.append(r)
ws.merge_cells("I2:J2")
for col, w in zip("ABCDEF", (8.44, 44, 33.66, 10.66, 13.55, 11.55)):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("Configuration")
for r in [["Variable", "Value"], ["RunOnBrowser", "Chrome"], ["ScreenShotCapture", "On Every Step"],
          ["ApplicationEnvironment", "UAT"], ["ExecutionCycle", "Release1.1"],
          ["URL", "https://policy-phase2uat.example.net/idit-web/web-framework/login.do"], ["Execution_type", 0],
          ["ExcelReporting", "Yes"], ["SIT", "https://policy-test.example.net/idit-web/web-framework/login.do"],
          ["UAT", "https://policy-uat.example.net/idit-web/web-framework/login.do"],
          [None, "https://policy-uatmig.example.net/idit-web/web-framework/login.do"],
          [None, "https://policy-hotfix.example.net/idit-web/web-framework/login.do"],
          ["IDIRECT", "https://policy-test.example.net/idit-web/web-framework/login.do?isSameWindow=true"],
          ["Phase2UAT", "https://policy-phase2uat.example.net/idit-web/web-framework/login.do"]]:
    ws.append(r)
ws.column_dimensions["A"].width = 23
ws.column_dimensions["B"].width = 111.33

ws = wb.create_sheet("TestData")
ws.append(["TestCaseId", "TestCaseDetail", "Parameters"])
PERSONAS = [  # the contact-creation block: one individual, then three legal entities
    {"iterationFlag": "Yes", "ID_Type": "ID Number", "Legal_Type": "Individual", "Sur_Name": "Dlamini",
     "First_Name": "Sipho", "Initials": "SIT", "Client_Group": "Individual", "Client_Type": "PRIV INDIV - SA RESIDENTS",
     "Address_Type_Primary": "Physical Address", "Suburb/Foreign_Town": "PRETORIA", "Post_Code": "0002",
     "EMail_Address": "qa.tester@example.com", "Occupation_Status": "FULL TIME EMPLOYED",
     "Source_Of_Income": "SALARY/ WAGES", "SIC_Code": "BEAUTY TREATMENT", "Marital_Contract": "N/A",
     "Employment_Sector": "CIVIL SERVICE", "Employee_Identified": "yes", "Employee_Verified": "yes"},
    {"ID_Type": "Passport Number"},
    {"ID_Type": "ID Number"},
    {"ID_Type": "Registration Number", "Client_Group": "Estate", "Client_Type": "ESTATE LATE CLIENT-SA RESIDENT"},
]
ENTITY = {"iterationFlag": "No", "Legal_Type": "Legal entity", "Sur_Name": "Umoya Automation", "First_Name": "CoreIns",
          "Initials": "UAT", "Client_Group": "Sole Trader", "Client_Type": "SOLE PROPRIETOR - SA RESIDENT",
          "Address_Type_Primary": "Registered Address", "Suburb/Foreign_Town": "PRETORIA SHOW", "Post_Code": "0071",
          "EMail_Address": "core.automation@example.com", "Occupation_Status": "STUDENT",
          "Source_Of_Income": "ALLOWANCE", "SIC_Code": "EXTERRITORIAL ORGANISATIONS",
          "Marital_Contract": "BY ANTENUPTIAL CONTRACT WITH ACCRUAL", "Employment_Sector": None,
          "Employee_Identified": None, "Employee_Verified": None}

for block in BLOCKS:
    ws.append(block["hdr"])
    if block["id"] == "001":
        for i, name in enumerate(block["names"]):
            values = {**(ENTITY if i else {}), **PERSONAS[i]}
            ws.append([None, name] + [values.get(h, pool[0]) for h, pool in zip(block["hdr"][2:], block["pools"][2:])])
        continue
    for name in block["names"]:
        row = [None, name]
        for h, pool in zip(block["hdr"][2:], block["pools"][2:]):
            if h == "Line_Of_Business" and name.count(" - ") >= 2:
                row.append(name.split(" - ")[1])  # the line the case's name says
            elif len(pool) == 1 or f.chance(0.6):
                row.append(pool[0])
            else:
                row.append(f.pick(pool[1:]))
        ws.append(row)
ws.append(["End"])
ws.freeze_panes = "A2"
for col, w in zip("ABCDEF", (15.66, 41.89, 12.33, 23.33, 12.44, 16)):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("Sheet2")
ws.append(["ID", "Product", "Premium"])
for ref in ("8001015800083", "QXTG4L7K"):
    for product in ("Vehicle total Premium", "Builgding total Premium", "Contents Total Premium",
                    "All Risk Total Premium"):
        ws.append([ref if product.startswith("Vehicle") else None, product, round(f.r.uniform(15, 1400), 2)])
ws.merge_cells("A2:A5")
ws.merge_cells("A6:A9")
ws.column_dimensions["A"].width = 14.11
ws.column_dimensions["B"].width = 22.89

ws = wb.create_sheet("RemoteExecution")
for r in [["Variable", "Value"], ["Run Remotely", "No"], ["Node URL", "http://192.0.2.41:5588"], ["Platform", "XP"]]:
    ws.append(r)
ws.column_dimensions["A"].width = 23.55
ws.column_dimensions["B"].width = 34.89

ws = wb.create_sheet("Sheet1")
ws["B2"], ws["C2"] = "Down", "Up"
downs, ups = [], []
for i in range(10):
    d, u = round(f.r.uniform(14.5, 18.6), 2), round(f.r.uniform(5.4, 6.1), 2)
    downs.append(d)
    ups.append(u)
    ws.cell(3 + i, 2, d)
    ws.cell(3 + i, 3, u)
ws["F3"], ws["F4"] = "SIT", "UAT"
ws["A13"], ws["B13"], ws["C13"] = "Average", round(sum(downs) / 10, 1), round(sum(ups) / 10, 1)

ws = wb.create_sheet("Sheet3")
ws["C3"] = "I d e n t i t y     G e n e r a t o r"
ws["C3"].font = Font(bold=True, size=14)
ws.merge_cells("C3:S4")
cells = {
    "R6": "Date of Birth:", "S6": '=CONCATENATE(G9,H9,"-",E9,F9,"-19",C9,D9)', "U6": "year",
    "R7": "Gender:", "S7": '=IF(I9<=4,"Female","Male")', "U7": "=IF(C9>1,19&C9&D9,20&C9&D9)",
    "R8": "Name:", "S8": "Lerato", "U8": "=2011-U7",
    "C9": 9, "D9": "=ROUND(RAND() * 9,0)", "E9": 0, "F9": 1, "G9": 0, "H9": 1, "I9": "=ROUND(RAND() * 9,0)",
    "J9": "=ROUND(RAND() * 9,0)", "K9": "=ROUND(RAND() * 9,0)", "L9": "=ROUND(RAND() * 9,0)", "M9": 0,
    "N9": "=ROUND(RAND()*(9-8)+8,0)", "O9": "=P16", "R9": "Surname:", "S9": "Mokoena",
    "C11": "=C9", "E11": "=E9", "G11": "=G9", "I11": "=I9", "K11": "=K9", "M11": "=M9", "P11": "=SUM(C11:O11)",
    "R11": "ID Number", "S11": "=CONCATENATE(C9,D9,E9,F9,G9,H9,I9,J9,K9,L9,M9,N9,O9)",
    "D12": "=D9", "F12": "=F9", "H12": "=H9", "J12": "=J9", "L12": "=L9", "N12": "=N9",
    "P12": "=CONCATENATE(D12,F12,H12,J12,L12,N12)*2",
    "R13": "Postal Address:", "S13": '=CONCATENATE("PO Box ",T13)', "T13": "=ROUND(RAND()*3920,0)",
    "P14": "=SUM(C14:O14)", "R14": "Postal Suburb:", "S14": "Hatfield",
    "P15": "=SUM(P11,P14)", "R15": "Postal Code:", "S15": "0028",
    "P16": "=IF(10-INT(RIGHT(P15,1))=10,0,10-INT(RIGHT(P15,1)))", "R16": "Postal Country:", "S16": "South Africa",
    "R18": "Residential Street Number:", "S18": "=T13+ROUND(RAND()*50,0)", "R19": "Residential Street:",
    "S19": "Acacia Street", "R20": "Residential Suburb:", "S20": "Arcadia", "R21": "Post Code:", "S21": "0083",
    "R22": "Residential Country:", "S22": "South Africa", "R24": "Maritial Status:", "S24": "Married",
    "R25": "Bank", "S25": "Umoya", "R26": "Branch Code", "S26": "632005", "R27": "Account Type:",
    "S27": "Cheque", "T27": "=ROUND(RAND()*(2-1)+1,0)", "R28": "Account Number:",
}
for i, col in enumerate("CDEFGHIJ"):
    cells[f"{col}14"] = (f"=IF(ISERROR(INT(RIGHT(LEFT($P$12,LEN($P$12)-{i}),1))),0,"
                         f"INT(RIGHT(LEFT($P$12,LEN($P$12)-{i}),1)))")
for ref, v in cells.items():
    ws[ref] = v
for col, w in (("A", 2.55), ("B", 1.33), ("C", 3.44), ("P", 1.89), ("R", 19.44), ("S", 13.66)):
    ws.column_dimensions[col].width = w
save(wb, "testdata-en-za-insurerautomation.xlsx")
