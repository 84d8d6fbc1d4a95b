#include "reports/glossary.h"

namespace hc::reports {

const std::vector<GlossaryEntry>& glossary() {
  static const std::vector<GlossaryEntry> kGlossary = {
      {"Action", "action",
       "Something directors or managers have agreed to do about a finding, with an owner and a date by which "
       "it should be done. An action is overdue when that date has passed and it is not yet done."},
      {"Agency staff", "agency",
       "Social workers supplied by an agency rather than employed by the council. They usually cost more and "
       "stay for shorter periods."},
      {"Area score", "score",
       "How an area is rated: each of its figures scores 100 when green, 50 when amber and 0 when red, and the "
       "area's score is their average. 75 or more is green, 50 or more amber, and below 50 red, so one red "
       "figure among many does not turn a whole area red."},
      {"Assessment", "assessment",
       "The first full look at a person's needs after they are referred, which decides what help they get."},
      {"Attention order", "attention order",
       "Teams listed lowest score first, so that the team most in need of attention comes first; teams with "
       "the same score are ordered by how many of their figures are significantly worse than the council's."},
      {"Care package", "package",
       "The help arranged for a person after assessment, such as home care, with a weekly cost."},
      {"Care package cost outlier", "outlier",
       "An assessor whose care packages typically cost more than one and a quarter times the usual weekly "
       "cost for people with the same level of need. It is a prompt to look, not proof of a problem."},
      {"Case", "case", "A person or family the service is working with."},
      {"Caseload", "caseload", "The number of cases a social worker is responsible for at one time."},
      {"Caseload limit", "caseload limit",
       "The most cases per full-time worker the council considers safe; 20 unless the council sets another "
       "figure."},
      {"DfE (Department for Education)", "DfE",
       "The government department that publishes every council's children's social work workforce figures "
       "each year; the report compares the council with them."},
      {"Direct time share", "direct time share",
       "The share of staff's contracted working time spent with people on visits that took place, rather than "
       "travelling, recording or waiting."},
      {"Establishment", "establishment", "The number of posts the council has budgeted for, counted as FTE."},
      {"FTE (full-time equivalent)", "FTE",
       "A way of counting staff that adds up working hours: two half-time workers make one FTE."},
      {"Funnel plot", "funnel",
       "A chart of each team's figure against the number it rests on, with limits around the council's "
       "figure that narrow as the numbers grow. A team outside the outer (99.8%) limits differs from the "
       "council by more than chance would explain; a small team inside them may just have been unlucky. For "
       "a very small team the limits reach 0 and 100%: no figure it can have is beyond chance."},
      {"Lone-working risk assessment", "lone-working",
       "A check of the risks a worker faces when visiting people alone, and what keeps them safe."},
      {"Median", "median",
       "The middle value when figures are put in order: half are above it and half below. Unlike an average, "
       "a few extreme cases do not pull it up."},
      {"Need band", "need band", "A group of care packages for people with similar levels of need."},
      {"No-access visit", "no-access",
       "A planned visit where the worker went but could not get in or see the person."},
      {"Not published (suppressed)", "not published",
       "A figure about fewer people than the council's minimum group size is not shown, so that no one can "
       "be identified from it. Another small figure may be hidden too so that the first cannot be worked out "
       "by subtraction."},
      {"Overdue", "overdue", "An action whose due date has passed while it is still planned or in progress."},
      {"Period", "period", "The stretch of time the figures cover, such as a month, a quarter or a year."},
      {"Permanent staff", "permanent", "Social workers employed directly by the council, not through an agency."},
      {"Rating (red, amber, green)", "rating",
       "Each figure is compared with limits the council has set. Green means at or better than the target, "
       "amber means below target but within a tolerance, red means outside it. The word is always shown "
       "beside the colour."},
      {"Referral", "referral", "A request for help with a person, which opens a case."},
      {"Referral peak ratio", "referral peak ratio",
       "How much busier the busiest week was than an average week, in referrals: 2.0 means the busiest week "
       "brought twice the usual number. A high ratio means demand comes in surges that are hard to staff "
       "for."},
      {"Response rate", "response rate",
       "The share of staff in post who answered a survey. A low rate means the answers may not speak for "
       "everyone."},
      {"Service", "service",
       "A part of social work, such as children's services or adult services, made up of teams."},
      {"Special cause", "special cause",
       "A change over time that is unlikely to be chance, found with statistical process control (as in the "
       "NHS's \"Making Data Count\"): the latest figure lies outside the process limits, or the last 7 "
       "figures all lie on one side of the average, or the last 6 all rise or all fall."},
      {"Staff survey score", "survey",
       "A score from 0 to 100 from staff answers to survey questions: 100 if everyone strongly agreed with "
       "the positive statements, 0 if everyone strongly disagreed."},
      {"Statistical neighbours", "statistical neighbours",
       "The councils the DfE judges most like this one in population and need, so that comparing with them "
       "is comparing like with like."},
      {"Stress share", "stress",
       "The share of working time lost to sickness that was lost to stress, anxiety or depression."},
      {"Supervision", "supervision",
       "Regular one-to-one meetings in which a social worker reviews their cases and wellbeing with their "
       "manager."},
      {"Target and limit", "target",
       "The two levels the council sets for each figure: at or better than the target is green, between the "
       "target and the limit amber, and worse than the limit red."},
      {"Transfer", "transfer", "Moving a case from one team to another, for example when a child moves area."},
      {"Turnover", "turnover", "The share of permanent staff who left over the last 12 months."},
      {"Unallocated case", "unallocated",
       "An open case with no social worker in post responsible for it."},
      {"Vacancy", "vacan", "A budgeted post that no permanent member of staff fills."},
      {"Working days", "working days", "Monday to Friday, leaving out bank holidays."},
  };
  return kGlossary;
}

}  // namespace hc::reports
