"""
Shape of jitendersingh/Personal Enquiry.xlsx: a Delhi dietitian clinic's website enquiries pasted
into Excel without a header row (Tahoma 9, column D 255 wide; Sheet2 and Sheet3 empty). Five
columns: the enquirer's name (first name only, full name, capitals, lower case, "Mrs." or initials
with dots) / e-mail / mobile as a number (one with 13 digits) / the enquiry in free text (one line
or a long paragraph, Hinglish, capitals) / the town (only on the first dozen rows, lower case,
"meerut.up", "karnal (haryana)"). One row is a job applicant, not a prospect. Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("enquiries-en-in-headerless")
ROWS = [
    ("gaurav", "diet for diabetic", "gurgaon"),
    ("mohd farhan", "mam I want a wait gain in my body", "haridwar"),
    ("deepak", "I want weight gain", "ludhiana"),
    ("ARUN SETHI", "Need a weight increase diet plan", "Delhi"),
    ("Hetal jadhav", "how to increase matabolic rate", "daman"),
    ("aryan", "how to increase my weight ? i am 13 yr boy wt 27 kg", None),
    ("naina", "diets for women at forty", "delhi"),
    ("PAVAN", "with out salt I have live yes /....", "KOTA"),
    ("AMIT", "help me for fatloss", "meerut.up"),
    ("radhika anand", "I want an accurate 7 day diet plan for my mother.She is 37 years old and she want to loose weight "
                      "through a easy and siple home process .... please design a proper 7 day diet plan for her....", "haridwar"),
    ("rekha", "I am trying to lose my weight but i can not. so please tell me a diet plan to reduce my weight",
     "karnal (haryana)"),
    ("AZIZ HUSAIN", "weight gain", "delhi"),
    ("Nikita Sharma", "My weight is 69kg and Im 23 year old, I know my BMI is high and I really wanna lose weight as well "
                      "as belly fat as most of the fat is around my belly and back. Im working person and has to do hectic "
                      "nights shifts for 12 hours as well at times. Suggest some diet during night shifts ,that would be "
                      "great help :) Thanks a lot in advance.", None),
    ("M.R.Rawat.", "Recommended diet for person on Dialysis.", None),
    ("simran", "im 30 and want to be a model ,after exercising for some time i shedded few kg but i really want a help to "
               "lose my weight im 71kg.400gm height 5.5 ND im a veggeterian ND i eat only egg", None),
    ("deepak pawar", "i m over wait my ht is 5.9 weight is 78 need i diet plan", None),
    ("SAIKAT BOSE", "I want 1800 calories diet plan. I am having cholesterol, triglycerides and uric acid in higher range. "
                    "Please advice.", None),
    ("suman singh", "want a diet chart", None),
    ("shalini jain", "I m a housewife aged 40...my weight is 66 kgs...how can I reduce my weight nd waist line plus hip "
                     "line with diet or exercises in 2-3 months", None),
    ("Gagandeep Sethi", "My weight is 93 kgs and height is 5.7 inches. Need to know how should I plan my diet because I do "
                        "night shifts.", None),
    ("Ajay Jain", "What should be the weekly ideal diet for TypeI diabetic patient", None),
    ("Mrs.Shobha.G", "I am Not putting on after many efforts.If u have solution to my problem pls.send mail.", None),
    ("annie", "what is the diet for after cholecyectomy. if any restriction is there or not plz tell me .", None),
    ("shilpa", "detoxification and healthy nutrition diet programe.", None),
    ("Shubhdeep", "my body is in full shape with maximum5 of fat but i want to gain size of each and every muscle.suggest "
                  "me a perfect suppliment for my body", None),
    ("kritika", "belly fat", None),
    ("m r daniel raj", "my age is 40/M and suffering with nephropathy,diebitic and also hypertensive. please suggest what "
                       "should be my diet.", None),
    ("urmila lokhande", "my weight is increase by day by day last one weak i increase 2.5kg weight....my currunt weight is "
                        "74....i want to reduse 10 kg....plz help me...", None),
    ("bharath k s", "My skeltel muscle is 29.8 i want to gain muscle mass.please let me know how to improve it ?", None),
    ("Bodapati Venkatesh", "my present weight is 105 kgs and am planning to reduce weight to 85 kg, please give the diet plan",
     None),
    ("divya singh", "Hi, I would like to take an appointment with your dietitian. Kindly let me know on my mail I.D. how "
                    "should I go about it .", None),
    ("GAZALA KHAN", "applying for post of dietician", None),
    ("SONAL", "I M VERY THIN & BCOZ OF THAT I M TO SHORT MY HEIGHT & WEIGHT BOTH R GOING IN VRY WORSE CONDITIONS.", None),
    ("Satendra", "Vitamin c ki kami se kon sa rog hota h", None),
]


def mail(name):
    local = "".join(ch for ch in name.lower() if ch.isalpha() or ch == " ").split()
    base = (local[0] + (f".{local[-1]}" if len(local) > 1 and f.chance(0.5) else "")) if local else "user"
    base += str(f.r.randrange(10, 2015)) if f.chance(0.5) else ""
    m = f.email(base)
    return m.upper() if name.isupper() and f.chance(0.5) else m


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for k, (name, text, town) in enumerate(ROWS):
    phone = int(f.mobile_in())
    if k == 24:
        phone = int("90000" + f"{f.r.randrange(10 ** 8):08d}")     # a number with three digits too many
    ws.append([name, mail(name), phone, text, town])
for row in ws.iter_rows():
    for c in row:
        c.font = Font(name="Tahoma", size=9)
for col, width in zip("ABCD", [21.9, 32.1, 11.1, 255.7]):
    ws.column_dimensions[col].width = width
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "enquiries-en-in-headerless.xlsx")
