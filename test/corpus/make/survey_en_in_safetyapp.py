"""
Shape of git-simantini/Suraksha---Enabling-awareness "Customer Data.xlsx" (commit
a315d51b4e265af2ebcac9dac56816c1c08ccd3e): a product team's survey of prospective users of a
women's safety app in India, saved under the name "Customer Data" (not client data). One sheet
"Sheet1", an autofilter over column N, 26 camel-cased question headers from the form
(Gender / Gender_Dummy (=IF formula) / Age (bands) / Age_Dummy / EducationLevel (free text: Bcom,
TYBA, "Post graduate", blanks) / TellUsABitAboutYourProfessionWhatDoYouDo_Dummy / …WhatDoYouDo /
HouseholdIncomeAnnually (INR LPA bands, '' when skipped) / _Dummy / WhichOfTheFollowingBest…
RelationshipStatus / _Dummy / DoYouHaveChildren / _Dummy (=IF formula) / HowManyChildrenDoYouHave /
Tiers (city tier 1-3) / five 1-7 safety ratings with 150-character headers / the apps used
(comma-joined, quoted option text) / five 1-7 feature ratings). 103 anonymous responses, then
three empty rows. No names, no contacts. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("survey-en-in-safetyapp")
P = "TellUsMoreAboutWhereYouLive_OnAScaleOf1To7RankTheSafetyLevelsOfTheAreaWhereYouLiveIn1BeingHighlyUnsafeAnd7BeingHighlySafe_"
Q = "HowImportantAreTheseFeaturesForASafetyApp1BeingTheLowestAnd7BeingTheHighest_"
HEAD = ["Gender", "Gender_Dummy", "Age", "Age_Dummy", "EducationLevel", "TellUsABitAboutYourProfessionWhatDoYouDo_Dummy",
        "TellUsABitAboutYourProfessionWhatDoYouDo", "HouseholdIncomeAnnually", "HouseholdIncomeAnnually_Dummy",
        "WhichOfTheFollowingBestDescribesYourRelationshipStatus",
        "WhichOfTheFollowingBestDescribesYourRelationshipStatus_Dummy", "DoYouHaveChildren", "DoYouHaveChildren_Dummy",
        "HowManyChildrenDoYouHave", "Tiers", P + "OverallSafety", P + "SafeForWomen", P + "SafeForChildren",
        P + "SafeForPeopleFromMarginalizedCommunities", P + "SafeToTravelAlone",
        "TellUsMoreAboutWhereYouLive_AllAboutApps_WhichOutOfTheFollowingAppsAreImportantForYourTravel",
        Q + "SafetyZoneIndication", Q + "SOSFunctionality", Q + "GPSFunctionality", Q + "OfflineMode", Q + "Chatbot"]
AGES = ["18-25"] * 28 + ["26-35"] * 25 + ["36-45"] * 22 + ["46-55"] * 18 + ["56-65"] * 8
EDU = ["Bachelor's/Associate Degree"] * 29 + ["Masters Degree"] * 24 + [""] * 10 + ["Graduate"] * 8 + \
      ["Bcom", "Bcom", "B.com", "MBA", "Phd", "Post graduate", "Post Graduation", "PG", "UG", "TYBA", "Syjc", "Diploma",
       "Higher Secondary (12th)", "Other - Chartered Accountant", "Professional degree", "Undergraduate", "Masters"]
JOBS = [("I work full-time at an organization", 1)] * 56 + [("I'm a student", 3)] * 15 + [("Homemaker", 4)] * 15 + \
       [("I'm my own boss. I run a business!", 2)] * 8 + [("I work part-time at an organization", 5)] * 3
INC = [("Above INR 20 LPA", 4)] * 28 + [("INR 10 LPA - INR 20 LPA", 3)] * 24 + [("INR 5 LPA - INR 10 LPA", 2)] * 22 + \
      [("Less than INR 5 LPA", 1)] * 16 + [("", 0)] * 13
REL = [("Married", 2)] * 53 + [("Single", 1)] * 41 + [("", 0)] * 4 + [("Prefer not to answer", 0)] * 3 + [("Divorced", 3)] * 2
SAFE = '"Safety apps like Raksha, Himaat, Safetipin, Smart24x7"'
APPS = ["Google Maps"] * 37 + ["Google Maps, Uber, Ola"] * 23 + ["Google Maps, Uber"] * 17 + ["I don't use any apps"] * 7 + \
       ["Google Maps, I don't use any apps"] * 4 + ["Ola", "Google Maps, Ola", f"Google Maps, Uber, {SAFE}",
                                               f"Google Maps, {SAFE}", f"Google Maps, Uber, Ola, {SAFE}"]


def rate(lo=4):
    return min(7, max(1, int(f.r.gauss(6.1, 0.9)))) if f.chance(0.95) else f.r.randrange(1, lo + 1)


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEAD)
for r in range(2, 105):
    g = f.pick(["Female"] * 72 + ["Male"] * 30 + ["Prefer not to answer"])
    age = f.pick(AGES)
    job, jd = f.pick(JOBS)
    inc, idm = f.pick(INC)
    rel, rd = f.pick(REL)
    kids = "Yes" if rel == "Married" and f.chance(0.85) else "No"
    nk = f.pick([1, 2, 2, 2, 3]) if kids == "Yes" else 0
    ws.append([g, f'=IF(A{r}="Female", 1, 0)', age, AGES.index(age) // 1 and ["18-25", "26-35", "36-45", "46-55", "56-65"].index(age) + 1 or 1,
               f.pick(EDU), jd, job, inc, idm, rel, rd, kids, f'=IF(L{r}="No",0,1)', nk,
               f.pick([1] * 87 + [2] * 9 + [3] * 4)] + [rate() for _ in range(5)] + [f.pick(APPS)]
              + [rate(), rate(), rate(), rate(), min(7, max(1, int(f.r.gauss(5.3, 1.4))))])
ws.auto_filter.ref = "N1:N111"
save(wb, "survey-en-in-safetyapp.xlsx")
