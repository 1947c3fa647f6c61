"""
Shape of ZydrickCeniza/BSIT2bSurveyFooddelivery "survey.xlsx" (commit
fb6116939b7dd190289e56c3778a796ed21f0e14): a Philippine IT class's Google Forms survey on food
delivery apps, responses downloaded and re-written by pandas/openpyxl.

- One sheet "Form Responses 1", 40 columns: Timestamp (date-time with milliseconds), Score (0.0 on
  every row, a quiz-mode leftover), "Name:(first name, middle initial, last name )", "Address: ",
  "Age:" and "Sex:" (ages as floats), "School:" (one school in half a dozen spellings), Education
  Level (empty on ten), the apps used ("Food Panda, Grab"), then 31 questions answered on
  satisfaction words, 1-10 and 1-5 scales, Yes/No and Likert "Agree" / "Strongly Agree" (a
  "Strongly Agreee" typo kept in one column), two free-text questions.
- 70 students of Iloilo, names as typed (capitals, a leading space, middle initials), addresses
  from a district to a full barangay, eight empty.
A survey's answers, not a client list. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("survey-en-ph-fooddelivery")
r = f.r

FIRST = ["Andrea", "Kristine", "Jerome", "Mariel", "Paolo", "Angelica", "John Carlo", "Shaira", "Kenneth", "Princess",
         "Rhea Mae", "Jericho", "Camille", "Ralph", "Nicole", "Jasmine", "Francis", "Hazel", "Mark Anthony", "Trisha"]
LAST = ["Villanueva", "Dela Cruz", "Gonzaga", "Tupas", "Sumagaysay", "Jaleco", "Palmares", "Bermejo", "Ledesma",
        "Araneta", "Gallego", "Pastrana", "Sonza", "Treñas", "Caspe", "Hilado", "Lacson", "Monteclaro"]
PLACES = ["Jaro, Iloilo City", "La Paz Iloilo City", "Mandurriao", "Brgy. Tabuc Suba, Jaro", "Molo, Iloilo City",
          "Oton, Iloilo", "Pavia", "Brgy. Ungka, Pavia, Iloilo", "Arevalo, Iloilo City", "Sta. Barbara Iloilo",
          "Leganes", "City Proper", "Villa", "Brgy. Buhang, Jaro Iloilo City", "Zarraga, Iloilo"]
SCHOOLS = ["Iloilo Science and Technology University ", "ISAT U", "ISATU", "ISATU ", "Iloilo Science and Technology University",
           "ISAT-U", "University of San Agustin", "WVSU", "CPU", "UI-PHINMA", "NA"]
APPS = ["Food Panda"] * 9 + ["Food Panda, Grab"] * 6 + ["Grab", "Grab", "Others", "JollibeeDelivery",
                                                        "Food Panda, Grab, McDelivery, JollibeeDelivery"]
LIKERT = ["Agree"] * 10 + ["Strongly Agree"] * 5 + ["Neutral"] * 3 + ["Disagree", "Strongly Disagree"]
QUESTIONS = [
    "I would find the food delivery app useful for my needs",
    "Using the app enables me to order food more quickly and efficiently",
    "Using the app increases my satisfaction with the food delivery process",
    "If I use the app, I believe it will enhance my overall dining experience",
    "My interaction with the app would be clear and understandable",
    "It would be easy for me to become skillful at using the app",
    " I would find the app easy to navigate and use",
    "Learning to operate the app is easy for me",
    "Using the food delivery app makes ordering meals more convenient",
    "Using the app makes the overall food ordering experience more enjoyable",
    " I enjoy using the food delivery app for my meals",
    "People who influence my dining choices think that I should use the app",
    "People who are important to me recommend using the food delivery app",
    "Using the app helps me to put more time to other chores",
    "In general, the food delivery app organization has supported its use",
    " I have the resources necessary to use the food delivery app",
    " I have the knowledge required to use the app effectively",
    "The app is compatible with other device I use for ordering food",
    "I feel confident in completing a food order using the app",
    " I feel comfortable using the food delivery app",
    "I don't hesitate to use the app for fear of making mistakes",
    "The app's interface is not intimidating to me",
]
ISSUES = ["None", "No", "None ", "N/A", "no", None, "Late delivery", "Food was cold when it arrived",
          "Wrong item delivered once", "Spilled drinks", "Rider could not find the address"]
WHY = ["Yes", "yes", "YES", "Yes, because it is convenient.", "Yes, it saves time", "Maybe, depends on the fees", ".",
       None, "Yes because the food arrives fast", "No, delivery fee is too high", "Yes, very easy to use"]

wb = workbook()
ws = wb.active
ws.title = "Form Responses 1"
ws.append(["Timestamp", "Score", "Name:(first name, middle initial, last name )", "Address: ", "Age:", "Sex:", "School:",
           "Education Level", "What food delivery app you usually use?",
           "How satisfied were you with the overall experience of ordering food through food deliveries service?",
           "On a scale of 1 to 10, how would you rate the quality of the food you received?",
           "Did your order arrive within the estimated delivery time?",
           "Did the packaging of the food maintain its freshness and integrity upon arrival?",
           "How would you rate the friendliness and professionalism of the delivery person?",
           "Was the ordering process user-friendly and easy to navigate?",
           "Were there any issues or concerns with your order? If yes, please specify.",
           "How likely are you to order from our delivery service again in the future?"] + QUESTIONS +
          ["Would you recommend our delivery service to friends or family? Why or why not?"])
t = datetime.datetime(2024, 3, 11, 23, 35, 18, 636000)
for i in range(70):
    t += datetime.timedelta(seconds=r.randrange(60, 2400), microseconds=r.randrange(0, 999) * 1000)
    name = f"{r.choice(FIRST)} {r.choice('ABCDEGJLMRS')}. {r.choice(LAST)}" if r.random() < 0.5 else f"{r.choice(FIRST)} {r.choice(LAST)}"
    if r.random() < 0.1:
        name = name.upper()
    if r.random() < 0.06:
        name = " " + name
    row = [t, 0.0, name, r.choice(PLACES) if r.random() > 0.11 else None, float(r.choice([18, 19, 19, 20, 20, 20, 21, 22, 29])),
           r.choice(["Female", "Male"]), r.choice(SCHOOLS), r.choice(["College"] * 8 + [None, "Highschool"]), r.choice(APPS),
           r.choice(["Satisfied", "Satisfied", "Average"]), float(r.choice([8, 10, 9, 8, 7, 5, 6])),
           r.choice(["Yes"] * 5 + ["No"]), r.choice(["Yes"] * 5 + ["No"]), r.choice([1.0, 1.0, 2.0, 2.0, 3.0, None]),
           r.choice(["Agree", "Agree", "Strongly agree", "Neutral", "Strongly disagree"]), r.choice(ISSUES),
           float(r.choice([4, 5, 4, 5, 3, 1, 2]))]
    row += [r.choice(LIKERT).replace("Strongly Agree", "Strongly Agreee") if k == 15 else r.choice(LIKERT)
            for k in range(len(QUESTIONS))]
    row.append(r.choice(WHY))
    ws.append(row)
    ws.cell(ws.max_row, 1).number_format = "m/d/yyyy h:mm:ss"

save(wb, "survey-en-ph-fooddelivery.xlsx")
