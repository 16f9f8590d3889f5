"""What kind of event the readout reports, from its lead and headline.

Order matters (GOLD.md): the medium comes before the format (a dialogue by videoconference
is a video_conference); a meal only when the event itself is held over the meal.
"""
from __future__ import annotations

import re

from . import fastre, german, northern, romance
from ..model import Fact
from .segment import Layout
from .text import Doc

RULES: list[tuple[str, re.Pattern]] = [
    ("video_conference", fastre.compile(
        # a webinar is held by video: the medium before the format (GOLD.md)
        r"\b(?:video\s*-?\s*conferenc\w*|videoconferenc\w*|video\s+call|video\s+link|video\s+meeting|webinar|"
        r"virtual(?:ly)?\s+(?:bilateral\s+|ministerial\s+|high-level\s+)?(?:meeting|format|summit|consultation|event|dialogue|"
        r"roundtable|session|forum)|"
        r"(?:in|via|by)\s+(?:an\s+)?online\s+(?:format|meeting)|online\s+format|"
        r"held\s+(?:entirely\s+|fully\s+|wholly\s+)?(?:online|virtually)|"
        # "... on Thursday met virtually with the President of ...", "met online with"
        r"(?:met|meets|meet|spoke|talked)\s+(?:virtually|online)\b|"
        # "convened an online expert meeting"
        r"(?:an?|the)\s+online\s+(?:[\w-]+\s+){0,2}?(?:meeting|dialogue|event|session|consultation|conference|seminar|"
        r"roundtable|round\s+table|discussion|workshop)|"
        r"teleconferenc\w*|web\s+conferenc\w*|" + romance.VIDEO + r"|" + german.VIDEO + r"|" + northern.VIDEO + r")\b", re.I)),
    ("telephone_talk", fastre.compile(
        r"\b(?:telephone\s+(?:talks?|call|conversation|meeting|discussion|conference)|telephonic\s+(?:conversation|discussion|talks?)|"
        r"phone\s+(?:call|talks?|conversation|discussion)|"
        r"spoke\s+(?:by|over\s+the)\s+(?:tele)?phone|by\s+telephone|call\s+with|calls?\s+between|"
        # "The Ambassador telephoned the Chief Minister": the verb itself
        r"telephoned|phoned|"
        # "Good call this morning with @MFA_X ...": a post's call
        r"call\s+(?:this\s+(?:morning|afternoon|evening)|today|yesterday|earlier\s+today|tonight)\s+with|"
        + romance.TELEPHONE + r"|" + german.TELEPHONE + r"|" + northern.TELEPHONE + r")\b", re.I)),
    ("meal", fastre.compile(
        r"\b(?:over\s+(?:a\s+)?(?:working\s+)?(?:dinner|lunch|luncheon|breakfast)|"
        # "Members of the Bundestag met with ... at a parliamentary breakfast"
        r"met\b[^.;]{0,150}?\bat\s+an?\s+(?:working\s+|parliamentary\s+|official\s+|informal\s+)?(?:dinner|lunch|luncheon|breakfast)\b|"
        r"in\s+the\s+form\s+of\s+a\s+(?:working\s+)?(?:dinner|lunch|luncheon|breakfast)|"
        r"(?:was|were)\s+hosted\s+to\s+an?\s+(?:working\s+|official\s+|state\s+)?(?:dinner|lunch|luncheon|breakfast)|"
        # "hosted the Minister ..., Mr. Javier Martinez, for a working lunch" (past the honorific's full stop)
        # ... or a rank's or an initial's ("hosted Adm. Rodrigo Salas, ..., for a working dinner", "Teresa M. Kowalczyk")
        r"(?:hosted|welcomed|received|invited)\b(?:[^.]|(?<=Mr)\.|(?<=Ms)\.|(?<=Mrs)\.|(?<=Dr)\.|(?<=Adm)\.|(?<=Gen)\.|"
        r"(?<=Col)\.|(?<=Capt)\.|(?<=Brig)\.|(?<=Maj)\.|(?<=Lt)\.|(?<=Hon)\.|(?<=Amb)\.|(?<=Gov)\.|(?<=Sen)\.|"
        r"(?<=\b[A-Z])\.){0,160}?\bfor\s+an?\s+"
        r"(?:working\s+|official\s+)?(?:dinner|lunch|luncheon|breakfast)|"
        # "began his visit to Geneva this morning with a working breakfast hosted by ..."
        r"\bwith\s+an?\s+working\s+(?:dinner|lunch|luncheon|breakfast)\s+(?:hosted|offered|given)\b|"
        # "attended a working dinner in Santiago hosted in her honour by ..."
        r"attended\s+an?\s+(?:working\s+|official\s+)?(?:dinner|lunch|luncheon|breakfast)\b[^.;]{0,60}?\bhosted\b|"
        # "hosted yesterday evening a working dinner for ...": a time may stand before the meal
        r"(?:hosted|co-hosted|held|gave|offered|had)\s+(?:(?:yesterday|today|this|last|on\s+\w+)\s+(?:\w+\s+)?)?"
        r"(?:a|an)\s+(?:working\s+|official\s+|state\s+|welcome\s+|"
        # "hosted an ambassadors' breakfast of the Group of Friends", "a WPS ambassadors' lunch"
        r"ministerial\s+|private\s+|(?:[A-Z]{2,6}\s+)?(?:ambassadors|ministers|leaders|women)['’]\s+)?"
        r"(?:dinner|lunch|luncheon|breakfast|banquet)|"
        # "hosted yesterday, Thursday 13 March 2025, a working lunch", "offered today at the Palacio Santos a
        # working lunch": a date or a place may stand before a working meal
        r"(?:hosted|offered|gave)\b(?:(?!\bwho\b)(?:[^.;]|(?<=\b[A-Z])\.)){0,120}?\b(?:a|an)\s+(?:working|official|state)\s+"
        r"(?:dinner|lunch|luncheon|breakfast)|"
        # "travelled to Dublin today for a working dinner with the Tánaiste"
        r"\bfor\s+an?\s+(?:working\s+|official\s+)?(?:dinner|lunch|luncheon|breakfast)\s+with\b|"
        # a post: "A productive working lunch on Tuesday 14 October with Vice Minister X"
        r"\b(?:good|great|productive|useful|excellent|fruitful|warm|lovely)\s+(?:working\s+)?(?:dinner|lunch|luncheon|breakfast)\b|"
        # "hosted the Prime Minister of New Zealand, ..., at a working breakfast"
        r"(?:hosted|welcomed|received)\b(?:[^.]|(?<=Mr)\.|(?<=Ms)\.|(?<=Mrs)\.|(?<=Dr)\.|(?<=Hon)\.|(?<=\b[A-Z])\.){0,120}?"
        r"\b(?:at|for)\s+an?\s+(?:working\s+|official\s+|ministerial\s+|private\s+)?"
        r"(?:dinner|lunch|luncheon|breakfast)|"
        # an iftar is a meal, whatever it is called ("the third Iftar Dialogue on Women and Peace")
        r"iftar|" + romance.MEAL + r"|" + german.MEAL + r"|" + northern.MEAL + r")\b", re.I)),
    ("courtesy_call", fastre.compile(r"\bcourtesy\s+(?:call|visit)\b|\b(?:" + romance.COURTESY + r"|" + german.COURTESY + r"|" + northern.COURTESY + r")\b|"
                                     # an ambassador's first or last call: "received the newly appointed
                                     # Ambassador ..., who presented a copy of her credentials", "on a farewell visit"
                                     r"\bfarewell\s+(?:call|visit)\b|"
                                     # "Air Vice-Marshal X ... called on the Commander of the Air Force"
                                     # (not "called on Member States today to guarantee ...": an appeal)
                                     r"\bcall(?:ed|s)\s+on\s+(?:the\s+|H\.E\.\s+)?(?-i:[A-Z])(?![^.;]{0,80}?\bto\s+(?:ensure|"
                                     r"guarantee|support|take|do|work|step|increase|end|stop|protect|respect|implement|"
                                     r"redouble|strengthen|join|make|act|uphold|adopt|provide|invest|include|put|address|"
                                     r"help|continue|engage|fund|prioriti[sz]e|commit|recogni[sz]e|refrain|allow|open)\b)|\b(?:newly[- ]appointed|new|outgoing)\s+Ambassador\b|"
                                     # a sovereign's audience: "His Majesty The King today received the Prime Minister
                                     # of Iceland, Ms X, in audience"
                                     r"\b(?-i:Majesty|King|Queen|Emperor|Empress|Grand\s+Duke|Grand\s+Duchess|Sultan|Emir)\b"
                                     r"(?:[^.;]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){0,160}?\bin\s+audience\b|"
                                     r"\bin\s+audience\s+by\s+(?-i:His|Her)\s+(?-i:Majesty)\b|"
                                     # "... today granted a farewell audience to the outgoing High Commissioner"
                                     r"\bgranted\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+to\b|"
                                     # "External Affairs Minister X called on H.E. Mr. Y, President of ...": a call paid
                                     r"\bcalled\s+on\s+(?:H\.\s?E\.\s+|(?-i:His|Her)\s+(?-i:Excellency|Majesty)\s+|the\s+)?"
                                     r"(?-i:Mr|Ms|Mrs|Dr|Hon|President|Prime\s+Minister|Vice|Deputy|Minister|Governor|Chief|"
                                     r"Speaker|Secretary|King|Queen|Crown|Emir|Sheikh|Mawlawi|Dato|Datuk|Tan\s+Sri|Prof|"
                                     r"Mayor|Senator|Premier|Sultan)\b|"
                                     r"\bcop(?:y|ies)\s+of\s+(?:his|her|their|the)\s+(?:letters?\s+of\s+)?credentials\b|"
                                     # credentials presented to an organisation's head: "presented her credentials today to
                                     # Ms. X, Director-General of the United Nations Office at Vienna"
                                     r"\bpresented\s+(?:his|her|their)\s+credentials\b[^;]{0,160}?\bDirector-General\b", re.I)),
    # "presided over the signing ceremony of a memorandum": a ceremony is none of the other kinds
    ("other", fastre.compile(r"\b(?:presided\s+over|attended|witnessed|held)\s+(?:the\s+|a\s+)?signing\s+ceremony\b|"
                             # a ceremony that is the event: "The handover ceremony took place at 10:30 am", "The
                             # inauguration ceremony in Obock was presided over by ...", "a ceremony for the signing
                             # and exchange of notes"
                             r"\b(?:handover|hand-over|handing[- ]over|inauguration|inaugural|ground-?breaking|"
                             r"commissioning|signing)\s+ceremony\b(?=[^.;]{0,120}?\b(?:took\s+place|was\s+(?:held|"
                             r"presided|chaired|attended)|began|started|opened)\b)|"
                             r"\bceremony\s+for\s+the\s+(?:signing|exchange|handover|hand-over|inauguration)\b|"
                             # a head of state's ceremony of credentials: "accepted letters of credence from ..."
                             r"\b(?:accepted|received)\s+(?:the\s+)?(?:letters\s+of\s+credence|credentials)\s+from\b|"
                             r"\b(?:" + romance.SIGNING + r"|" + german.SIGNING + r")\b|"
                             # "announced that it signed the 2025-2027 Action Plan with Ho Chi Minh City": the signing
                             # itself, when no meeting or talks are reported beside it (see classify)
                             r"(?P<signed>\bsigned\s+(?:an?|the|their|its)\s+(?:[\w\"“”'’-]+\s+){0,8}?(?:agreement|"
                             r"memorandum|action\s+plan|MoU|protocol|accord|letter\s+of\s+intent|contract|convention)\b)", re.I)),
    ("symposium", fastre.compile(
        r"\b(?:symposium|seminar|panel\s+discussion|side\s+event|conference\s+session|high-level\s+event|expert\s+meeting|"
        r"(?:participated|took\s+part)\s+in\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,7}?(?:event|session|forum|panel)\b|"
        r"attended\s+the\s+(?:[\w’'-]+\s+){0,6}(?:meeting|session|conference|forum)\s+(?:of|on)|"
        r"event\s+(?:titled|entitled)|"
        # "The Subcommittee on Human Rights held a public hearing this morning on ...": a hearing of experts on a topic
        r"(?:held|holds|hold|organi[sz]ed)\s+(?:an?\s+)?public\s+hearing\s+(?:(?:this|on)\s+\w+\s+)?on\b|"
        # "The Permanent Mission convened a high-level commemorative event, ...": an event with speakers
        r"(?:convened|hosted|organi[sz]ed|held)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}(?:event|commemoration)\b|"
        # "UN Women convened a high-level panel, ...": the panel is the event
        r"(?:convened|hosted|organi[sz]ed|held|joined)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}panel\b|"
        # "The fourth Kenya Women, Peace and Security Forum, convened by ..., took place": the forum is the event
        # "The Third Regional Chiefs of Defence Conference on Women in UN Peacekeeping, hosted by ..., began today"
        # ("The second edition of the Abu Dhabi Forum on Women, Peace and Security opened on Monday")
        r"(?:forum|conference|congress)(?:\s+(?:on|of|for)\s+(?:[^.;,]|,\s(?=Peace\b)){1,80}?)?(?:\s+\([A-Z]+\))?(?:,[^.;]{1,120},)?\s+"
        r"(?:(?:was\s+(?:officially\s+)?)?opened|took\s+place|was\s+held|began|convened|closed)|"
        # "A three-day training of trainers ... began this Tuesday", "the two-day Forum", "opened the three-day Aceh
        # Women's Peace Congress"
        # ... "A two-week course on Women, Peace and Security ... began on Sunday", "a weeklong course"
        r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ](?:day|week)|week-?long)\s+(?:[\w’'-]+\s+){0,5}?"
        r"(?:training|course|workshop|seminar|congress|conference|forum|symposium|(?:training|capacity-building)\s+programme)\b|"
        r"\b(?:course|training|training\s+of\s+trainers)(?:\s+(?:on|in|for)\s+[^.;]{1,140}?)?\s+(?:began|opened|started|commenced|"
        r"got\s+under\s*way|(?:was|has\s+been)\s+(?:officially\s+)?opened)\b|"
        # "the European Security and Defence College ran the residential module of its course"
        r"(?:ran|runs|conducted|conducts|delivered|organi[sz]ed)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+(?:its|the|their)\s+)?"
        r"(?:course|training)\b|"
        # "... gathered in the Hofburg today for the Third OSCE-wide Conference on ..."
        # "... came together yesterday ... for the opening of the 17th Gathering of the Parliamentary Network ..."
        r"(?:gathered|convened|met|came\s+together)\b[^.;]{0,120}?\bfor\s+(?:the|an?)\s+(?:[\w’'-]+,?\s+){0,7}"
        r"(?:conference|forum|seminar|symposium|workshop|launch|(?-i:Gathering))\b|"
        # "... brought together 45 participants ... at the Philippines–Poland Business Forum held on Wednesday"
        r"br(?:ought|ings?)\s+together\b[^.;]{0,200}?\b(?:at|for)\s+the\s+(?:[\w’'–-]+\s+){0,6}(?:(?-i:Forum|Conference)|"
        r"seminar|symposium)\b|"
        r"(?:opened|held|hosted|organi[sz]ed|convened)\s+(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){0,5}(?:forum|symposium|seminar|"
        r"conference|panel|workshop|course|training|retreat|open\s+day|congress)|\bworkshop|"
        # "the latest event in UN Women's 'Voices from the Table' conversation series"
        r"event\s+in\s+[^.;]{0,60}?\bseries|(?:conversation|panel|lecture|seminar|webinar)\s+series|"
        # "..., the third panel in the Embassy's Voices for Peace series"
        r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|next|\d+(?:st|nd|rd|th))\s+panel\b|"
        # "brought diplomats ... together last night for a public panel on ...", "a panel hosted by ... drew 85 people"
        r"(?:public|expert|high-level|special|open)\s+panel\b|\ba\s+panel\s+(?:hosted|organi[sz]ed|convened)\s+by\b|"
        # "launched a new research report ...": a launch is held like a seminar
        r"(?:report|book|study|guidance|handbook|toolkit)\s+launch|"
        # Nepal's "interaction programme" on a topic: a seminar
        r"interaction\s+program(?:me)?|"
        # "The ... National Action Plan 2025–2029 was officially launched this morning at the Heritage Park Hotel"
        r"(?:Action\s+Plan|Strategy|Report|Handbook|Toolkit)\b[^.;]{0,80}?\s(?:was|were)\s+(?:officially\s+)?launched|"
        # "the opening ceremony of the XII Gender in Peace Operations Course", "a training course"
        r"(?-i:Course)|training\s+course|"
        # "Madam X delivered the 14th annual Kroc Distinguished Lecture", "a public lecture at the University"
        r"(?:delivered|delivers|gave|gives)\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,6}lecture|(?:public|annual|distinguished|memorial)\s+lecture|"
        r"launch(?:ed|es)?\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}(?:report|study|book|guidance|handbook|toolkit|"
        r"action\s+plan|strategy)|"
        + romance.SYMPOSIUM + r"|" + german.SYMPOSIUM + r"|" + northern.SYMPOSIUM + r")\b",
        re.I)),
    ("dialogue", fastre.compile(
        r"\b(?:dialogue|consultations|staff\s+talks|round\s*-?\s*table|2\s*\+\s*2|exchange\s+meeting|pre-meeting|"
        # a standing body's sitting: "the third ordinary session of the National Steering Committee", "the
        # Interagency Working Group discussed", "The consultation, organised by the Taskforce, took place"
        # (not a meeting with a body: "met with the steering committee of the Situation Room")
        r"(?:session|sitting)\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:steering\s+committee|working\s+group)|"
        r"inter-?(?:agency|ministerial)\s+(?:working\s+group|committee|commission)\s+(?:met|discusse[sd]|held|convened|"
        r"reviewe[sd]|meets)|"
        r"(?:ordinary|extraordinary|plenary|annual)\s+session\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:committee|commission|council)|"
        r"(?-i:The)\s+consultation\b(?=[^.;]{0,160}?\b(?:took\s+place|was\s+held|brought\s+together|gathered|opened|began))|"
        # "the Second Session of the Kenya–UAE Joint Trade Committee", "Joint Defence and Security Commission"
        r"joint\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:commission|committee)|"
        # meetings of many parties: "an Arria-formula meeting", "the eighth capital-level meeting of the WPS Focal
        # Points Network", "a regional validation meeting"
        r"Arria(?:-|\s+)formula\s+meeting|capital-level\s+meeting|validation\s+(?:meeting|workshop)|meeting\s+to\s+validate|"
        # a body's or a network's own sitting: "its third annual meeting", "a special meeting of the Permanent Council"
        r"(?:annual|special|plenary|general|ordinary)\s+meeting\s+of\s+(?:the\s+|its\s+)?(?-i:[A-Z])|"
        r"(?:held|holds|convened|convenes)\s+its\s+(?:[\w-]+\s+){0,2}?(?:annual|special|plenary|general|ordinary)\s+meeting|"
        r"meeting\s+of\s+the\s+(?:[\w,-]+\s+){0,5}?Focal\s+Points\s+Network|"
        r"(?:political|policy|strategic|bilateral|regional|national|annual|provincial|district|county|community|"
        r"civil\s+society|public|stakeholder)\s+consultation|joint\s+(?:ministerial\s+)?committee|joint\s+working\s+group|"
        # "the Second Meeting of the Nepal-Philippines Joint Consultation Mechanism"
        r"consultati(?:on|ve)\s+(?:mechanism|track)|"
        # "held a consultation with members of the Group" (not "in consultation with")
        # "held its Fifth Annual Women, Peace and Security Consultation"
        r"(?:held|holds|convened|convenes|hosted|hosts)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+,?\s+){0,6}?consultation|"
        # "co-chaired a consultation with young people", "took part yesterday in a consultation in Gbarnga",
        # "set out their priorities at a consultation with WFP" (still not "in consultation with")
        r"(?:co-?chaired|chaired|organi[sz]ed|led|facilitated)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?consultation|"
        r"(?:took\s+part|participated)\s+(?:\w+\s+)?in\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?consultation|"
        r"\bat\s+an?\s+(?:[\w-]+\s+){0,3}?consultation\s+(?:with|on|in|organi[sz]ed)|"
        # "convened an informal briefing for all Member States"
        r"(?:convened|held|gave|hosted)\s+(?:an?\s+)?(?:informal\s+|closed\s+)?briefing\s+for\s+(?:all\s+)?(?:the\s+)?"
        r"(?:Member\s+States|delegations|ambassadors|diplomatic\s+corps)|"
        r"bi-?national\s+commission|mixed\s+commission|intergovernmental\s+commission|"
        # the Security Council's open debate, the Peacebuilding Commission's meetings of ambassadors
        r"open\s+debate|ambassadorial[- ]level\s+meeting|(?:association|cooperation|partnership)\s+council|"
        r"(?:exchange(?:d)?\s+(?:of\s+)?(?:views|opinions)|share\s+views)\s+with\s+(?:the\s+)?(?:\d+\s+|various\s+|several\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:representatives|ambassadors|members|experts|participants|stakeholders|leaders|officials|"
        r"organi[sz]ations|students|women)|to\s+share\s+views|"
        + romance.DIALOGUE + r"|" + german.DIALOGUE + r"|" + northern.DIALOGUE + r")\b", re.I)),
    ("meeting", fastre.compile(
        r"\b(?:meeting|met|meets|meet|talks|summit|visit(?:ed)?|received|receives|welcomed(?=\s+(?:[A-Z]|the\s+[A-Z]|his|her))|"
        # a committee's hearing with an envoy or a minister
        r"(?:held|holds|hold)\s+(?:an?\s+)?(?:interactive\s+|public\s+|closed\s+)?hearing\s+with|"
        # "Mayor X today hosted the South Australian Minister ...": a guest hosted is met
        r"hosted(?=\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:Minister|Ambassador|President|Governor|Mayor|Premier|"
        r"Secretary|Commissioner|Chair|Director|delegation|Speaker)\b)|"
        # "The Special Representative ... briefed members of the women's network"
        r"briefed\s+(?:the\s+)?(?:members|representatives|leaders|a\s+delegation)\s+of\b|"
        r"exchanged\s+(?:views|opinions)|"
        r"exchange\s+of\s+views|bilateral|"
        + romance.MEETING + r"|" + german.MEETING + r"|" + northern.MEETING + r")\b|"
        # a photo's caption: "Ambassador X (left) with the Governor ..., at the Provincial Government offices"
        r"\s\((?:left|right|centre|center)\)\s+with\b", re.I)),
    # "Japan and UNDP today signed an agreement ...", with no meeting reported: a signing is an "other" event
    # (a day, a clock or a place may come first: "signed this Wednesday, at 11 a.m., at the Ministry, a memorandum")
    ("other", fastre.compile(r"\bsign(?:s|ed)?\s+(?:(?:[^.;]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.){0,80}?,\s+)?"
                             r"(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,4}?(?:agreements?|memorand(?:um|a)|MoUs?|"
                             r"declarations?|treaty|treaties|accords?|protocols?|exchange\s+of\s+notes|letters?\s+of\s+intent)\b", re.I)),
    ("telephone_talk", fastre.compile(r"\b(?:spoke|speaks|talked)\b(?!\s+(?:at|before|in|on|about|of)\b)", re.I)),
]


FORMATS = frozenset({"dialogue", "symposium", "meeting"})
# the event itself held by video, said in the lead's paragraph (not "briefers joined by video", "preceded
# by a virtual meeting of experts")
MEDIUM = fastre.compile(r"\b(?:was|were)\s+held\s+(?:entirely\s+|fully\s+|wholly\s+)?(?:online|virtually|"
                        r"(?:by|via)\s+video\s*-?\s*(?:tele)?conferenc\w*)|\bas\s+an?\s+(?:online\s+)?webinar\b", re.I)


def classify(doc: Doc, layout: Layout) -> Fact[str] | None:
    text = doc.text
    # ... and the sentences of the lead's paragraph before it ("The Third Regional Meeting of the ... Network
    # concluded today ... . The two-day meeting, which opened yesterday at 9:00 a.m., ...")
    opening = None
    if layout.lead is not None:
        para_start = max(text.rfind("\n\n", 0, layout.lead[0]) + 2, layout.dateline_end)
        if para_start < layout.lead[0]:
            opening = (para_start, layout.lead[0])
    first = [r for r in (layout.lead, layout.title_range, opening) if r]
    passes = [first]
    if layout.lead_paragraph and layout.lead_paragraph != layout.lead:
        passes.append([layout.lead_paragraph])
    if layout.lead is None and layout.notice is not None:
        # an event page with no lead sentence: its kind is named above its details ("Expert meeting", "Webinar")
        passes.append([(0, layout.notice.when[1])])
    for regions in passes:
        for kind, pattern in RULES:
            for s, e in regions:
                m = pattern.search(text, s, e)
                if m is None:
                    continue
                if kind == "meal" and _meal_is_secondary(text, m, s, e):
                    continue
                if kind == "other" and m.groupdict().get("signed") and (
                        _TALKS_BESIDE.search(text, s, e) or _SIGNED_BEFORE.search(text, max(s, m.start() - 16), m.start())):
                    continue        # "met ... and signed an agreement", "women who signed the peace agreement": not a signing
                if kind == "dialogue" and _PURPOSE_BEFORE.search(text, max(s, m.start() - 90), m.start()):
                    continue      # "met ... to continue the dialogue on the border": what they talked about
                if pattern is RULES[-1][1] and re.search(r"\b(?:met|meeting|visit)\b", text[s:e], re.I):
                    continue
                if kind in FORMATS and layout.lead_paragraph and regions is first:
                    # "... hosted the fifth Ottawa Dialogue. The Dialogue was held entirely online, as a
                    # webinar": the medium, in the lead's paragraph, comes before the format (GOLD.md)
                    medium = MEDIUM.search(text, *layout.lead_paragraph)
                    if medium is not None:
                        return Fact.at("video_conference", medium.start(), medium.end())
                return Fact.at(kind, m.start(), m.end())
    return None


_SIGNED_BEFORE = fastre.compile(r"\b(?:who|which|had|have|has\s+been|were|was)\s+(?:also\s+|jointly\s+)?$", re.I)
_TALKS_BESIDE = fastre.compile(r"\b(?:met|meets|meeting|talks|held|visit|visited|call|received|hosted|discussed)\b", re.I)
_PURPOSE_BEFORE = fastre.compile(r"\b(?:(?:continue|continuing|resume|resuming|deepen|deepening|strengthen|strengthening|"
                                 r"promote|promoting|maintain|maintaining|advance|advancing)\s+(?:the\s+|their\s+|a\s+|our\s+)?"
                                 r"(?:[\w-]+\s+)?"
                                 # "review preparations for the next session of the High-Level Cooperation Council":
                                 # a meeting still to come
                                 r"|(?:preparations?|preparing)\s+for\s+(?:the\s+)?(?:next|upcoming|forthcoming|coming)\s+"
                                 r"(?:[\w-]+\s+){0,6}"
                                 # "signed a memorandum of understanding establishing a mechanism of political
                                 # consultations": what the signed text sets up, not the event
                                 r"|(?:memorandum|agreement|protocol)\s+(?:of\s+understanding\s+)?(?:on|establishing|for|"
                                 r"to\s+establish|creating|setting\s+up)\s+(?:an?\s+|the\s+)?(?:(?:mechanism|framework)\s+"
                                 r"(?:of|for)\s+)?(?:[\w-]+\s+)?)$", re.I)


def _meal_is_secondary(text: str, m: re.Match, s: int, e: int) -> bool:
    """"a Foreign Ministers' Meeting and Working Lunch": the meeting is the event."""
    before = text[max(s, m.start() - 40):m.start()]
    return bool(re.search(r"\b(?:meeting|dialogue|talks)\s+(?:and|including|followed\s+by)\s+$", before, re.I))
