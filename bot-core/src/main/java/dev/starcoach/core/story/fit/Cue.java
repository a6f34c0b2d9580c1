package dev.starcoach.core.story.fit;

import java.util.Arrays;
import java.util.List;

/**
 * The estimator's own phrase lists, one per kind of evidence a principle looks for. A phrase is
 * words separated by spaces; {@code *} stands for any one word and a word ending in {@code *} for
 * any word it begins. These lists are written from what each principle asks for, never learned from
 * stories; the scorer's own lists ({@code Lexicon}) are read through its text facts.
 */
enum Cue {
  PRINCIPLE_NAME(
      "customer obsess*; customer first; customer centric*; customer focus*; ownership; "
          + "invent and simplif*; invented and simplif*; inventing and simplif*; right a lot; "
          + "learn and be curious; learning and being curious; curious*; curiosity; "
          + "hire and develop; hiring and developing; develop the best; developing the best; "
          + "highest standards; high standards; highest standard; high standard; the bar; "
          + "high bar; higher bar; think big; thinking big; thinks big; bias for action; "
          + "bias towards action; bias toward action; frugal*; trust*; dive deep*; dove deep*; "
          + "dived deep*; diving deep*; dives deep*; deep div*; backbone; disagree and commit*; "
          + "disagreed and committed; deliver results; delivered results; delivering results; "
          + "delivers results; deliver great results; delivered great results; great results; "
          + "results driven; results oriented; result driven; results focused; best employer; "
          + "broad responsibility; leadership principle*; data driven; above and beyond; "
          + "extra mile; hire and develop the best; hiring and developing the best; "
          + "strive to be earth best employer; striving to be earth best employer; "
          + "earth best employer; success and scale bring broad responsibility; "
          + "success and scale brings broad responsibility; success and scale; "
          + "disagree and commit; are right a lot; invent and simplify; "
          + "insist on the highest standards"),
  CUSTOMER(
      "customer*; user; users; patient*; passenger*; student*; pupil*; parent*; shopper*; "
          + "buyer*; guest*; viewer*; caller*; tenant*; famil*; resident*; subscriber*; reader*; "
          + "merchant*; seller*; consumer*; citizen*; applicant*; donor*; traveller*; traveler*; "
          + "diner*; borrower*; policyholder*; learner*; children; child; end user*; the public; "
          + "household*; homeowner*; visitor*; shopkeeper*; members; account holder*; client; "
          + "clients; the client's customers; shops; shop owner*; business owner*; "
          + "small business*; bakery; gp; gps; delegates; attendees; audience; owner of"),
  CUSTOMER_PAIN(
      "complain*; complaint*; waited; waiting; miss*; frustrat*; struggl*; confus*; angry; "
          + "upset; churn*; cancel*; stuck; unhappy; delay*; left us; leaving; gave up; abandon*; "
          + "refund*; harm*; bad reviews; one star; annoy*; queue*; queuing; lost; losing; "
          + "could not; unable; failed; broken; crash*; stopped working; stopped her; "
          + "stopped his; stopped their; furious; flood*; without any; taking three; taking two; "
          + "taking weeks; weeks to; error*; wrong; missing; let down; turning up; stranded; "
          + "hard to; difficult; cost them; costing them; risk*"),
  CUSTOMER_CONTACT(
      "read * complaints; read every complaint; read the reviews; read their reviews; "
          + "listened to * calls; call recordings; support tickets; read the tickets; "
          + "went through the tickets; sat in on; asked them what; asked * what they; "
          + "talked to; talked with; spoke to; spoke with; phoned; visited; sat with; "
          + "shadowed; interviewed; listened; asked them; asked each; surveyed; survey*; "
          + "went to see; read their; rode along; went out with; spent a day; spent a week; "
          + "focus group*; user test*; usability; met with; their feedback; watched them; "
          + "watched how; observed how; timed a; timed how; asked customers; asked users; "
          + "asked patients; asked passengers; asked students; asked parents; "
          + "customer feedback; asked the customer; asked the client; asked the patient; "
          + "with the customer; asked each customer"),
  CONTACT_PERSON(
      "called her; called him; called them; phoned her; phoned him; phoned them; visited her; "
          + "visited him; visited them; met her; met him; met them; sat with her; "
          + "sat with him; sat with them; talked to her; talked to him; talked to them; "
          + "spoke to her; spoke to him; spoke to them; watched her; watched him; "
          + "watched them; called each; called every; visited each; visited every; "
          + "went to see her; went to see him; went to see them; stayed on the phone"),
  CUSTOMER_OUTCOME(
      "complaint*; satisfaction; nps; csat; retention; came back; renew*; churn*; loyal*; "
          + "happier; missed connections; reviews; ratings; waiting times; wait times; passed; "
          + "pass rate; for them"),
  BEYOND_REMIT(
      "not mine; not my; was not my; were not my; outside my; outside our; outside of my; "
          + "belonged to; another team; other department*; another department; nobody asked; "
          + "no one asked; nobody had asked; no one had asked; nobody owned; no one owned; "
          + "without being asked; not part of my; not in my; no owner; without an owner; "
          + "not my job; nobody expected; no one expected; everyone's problem; "
          + "belongs to everyone; each team's; each teams; other people's; other peoples; "
          + "other teams; each team; not our; no one had; nobody had"),
  INITIATIVE(
      "on my own; my own time; volunteered; took it on; took on the; took it upon; "
          + "stepped in; stepped up; offered to; i decided to; proactively; before anyone; "
          + "took the initiative; without waiting; i picked it up; picked it up; "
          + "i tracked them down; tracked down; i kicked off; in my evenings; "
          + "on my own initiative"),
  NEW_WAY(
      "built a new; created a new; developed a new; set up a new; "
          + "a dashboard; a checker; a calculator; a bot; an app; a web form; a form that; "
          + "a spreadsheet that; a sheet that; a different way; "
          + "rethought; reworked how; invent*; new way; new approach; new process; new tool; "
          + "a tool; prototype*; reimagin*; rebuilt; came up with; designed a; wrote a script; "
          + "a script; scripts; template*; self serve; self service; repurpos*; novel; "
          + "workaround; macro*; built an app; invented; redesigned the process; "
          + "redesigned how; redesigned the way; a new way; a new system; a new tool; "
          + "built a tool; wrote a tool; a pipeline; digital form*; online form*; shared form; "
          + "colour coded; color coded"),
  SIMPLIFIED(
      "fewer clicks; fewer forms; fewer hand offs; fewer handoffs; replaced * with one; replaced * with a single; replacing * with one; "
          + "replacing * with a single; replaced the * with one; with a single; into a single; "
          + "into one; down to one; down to two; down to three; retired; retiring; "
          + "decommission*; switched off the old; turned off the old; combined; "
          + "cut the number; cut * steps; one screen; one page; one list; one message; "
          + "one system; one process; one sheet; one tool; one place; no need to; "
          + "no longer needed; single step; single form; single list; simplif*; streamlin*; "
          + "removed; remove; dropped the; dropped a; cut out; eliminat*; fewer steps; "
          + "one step; one click; no longer; stopped doing; merged; consolidat*; took out; "
          + "in one place; a single; removed the step; removed steps; no more paper; one form; "
          + "one command"),
  AUTOMATED(
      "automatically; scheduled message*; scheduled email*; scheduled report*; scheduled task*; "
          + "scheduled check*; cron; a trigger; triggered; auto *; automat*; script*; "
          + "scheduled job; runs every; ran every; alerts at; nightly"),
  JUDGEMENT(
      "weighed up; pros and cons; the options were; two options; three options; i went with; "
          + "i bet on; my call; my recommendation; had to decide; had to choose; "
          + "had to make the call; make the call; made the call; i chose; choosing; judg*; "
          + "trade off; trade offs; tradeoff*; between two; between the two; between three; "
          + "options; the decision was mine; my decision; i decided between; "
          + "the call was mine; i had to pick; i recommended; weighed"),
  OPPOSING_VIEWS(
      "disagreed with me; disagreed with both; disagreed with us; other side; opposing; devil; "
          + "who disagreed; second opinion; challenge my; challenged my; argue the; "
          + "argued the; sceptic*; skeptic*; different view*; dissent*; what i was missing; "
          + "prove me wrong; poke holes; red team; asked * to test; tested both; "
          + "other companies; outside view; independent*; blind test; advocates of; "
          + "best case for; case for it; case against; asked a friend"),
  PROVED_RIGHT(
      "turned out; proven; was right; were right; months later; weeks later; year later; "
          + "in hindsight; validated; as i expected; as predicted; borne out; confirmed my; "
          + "proved right; proved to be; proved me right; was proven; years later; a year later"),
  LEARNED(
      "taught myself; teach myself; learned; learnt; learning; studied; courses; "
          + "researched; picked up; self taught; new skill; tutorial*; textbook*; wondered; "
          + "explored; experimented; experiment*; asked an expert; asked experts; "
          + "went to a conference; workshop; podcast*; an online course; read up on; "
          + "took a course; did a course; online course; a course on; read a book; from a book; "
          + "books on; a book on; got certified; certification course; a certificate in; "
          + "became certified"),
  APPLIED(
      "applied; apply; put it into practice; put into practice; used it; used what; "
          + "used them; then wrote; then built; then used; to use it; tried it"),
  DEVELOP(
      "coach*; mentor*; trained her; trained him; trained them; trained the; trained new; "
          + "train new; taught her; taught him; taught them; taught the team; paired her; "
          + "paired him; paired each; stretch*; sponsor*; career; one to one; one to ones; 1 1; "
          + "one on one; buddy; role play*; apprentic*; gave her feedback; gave him feedback; "
          + "gave them feedback; feedback to her; feedback to him; feedback afterwards; "
          + "developed her; developed him; develop her; develop him; develop them; "
          + "develop people; develop the team; grow her; grow him; help her grow; help him grow; "
          + "gave her the; gave him the; let her run; let him run; let her lead; let him lead; "
          + "practice sessions; mock interviews; delegated; delegating; delegate to"),
  HIRING(
      "hiring; candidate*; new starter*; new hire*; job description; headhunt*; applicant*; "
          + "vacancy; vacancies; bar raiser; hired two; hired three; hired four; hired five; "
          + "hired six; hired seven; hired eight; hired a; hired an; hired new; we hired; "
          + "i hired; new graduates; interview loop; interviewers; interviewed every candidate; "
          + "interviewed candidates; interviewed each candidate; structured interview*; "
          + "onboarding; hiring bar; the hires; to hire; recruitment; recruiting; recruiters; "
          + "recruited new; recruited staff; recruited a"),
  GREW(
      "promot*; got the role; got the job; now runs; now leads; grew into; without notes; "
          + "on her own; on his own; on their own; independently; still with us; runs her; "
          + "runs his; now runs her own; now runs his own; became a supervisor; "
          + "became a team lead; was promoted; got promoted; took over from me; became a head; "
          + "became head; became a lead; became a manager; became a senior; became a team leader; "
          + "stayed at the; stayed with us"),
  QUALITY(
      "quality; defect*; standard*; not good enough; rework*; redo; redid; re ran; reran; "
          + "retest*; tolerance*; spec; specification*; threshold; accuracy; audit*; polish*; "
          + "the limit; zero defects; error rate; unsafe; not safe; not strong enough; "
          + "design strength; strength; failures; failure rate; bugs; bug"),
  REFUSED(
      "refused; would not ship; would not release; would not sign; would not accept; "
          + "did not ship; not ship; held the; held it; held back; stopped the line; "
          + "sent it back; sent back; rejected; pushed back; said no; blocked the release; "
          + "not accept; did not accept; would not let; wouldn't let; not let it"),
  /** Work below the bar stopped outright: on its own the heart of Insisting on High Standards. */
  STOPPED_BELOW_BAR(
      "refused to ship; refused to release; refused to sign; refused to accept; would not ship; "
          + "would not release; would not sign; would not accept; stopped the line; "
          + "sent it back; sent them back; rejected the; blocked the release; held the release; "
          + "held the batch; held back the; pulled the release; pulled the batch"),
  QUALITY_MECHANISM(
      "checklist*; procedure*; policy; policies; second analyst; second review; "
          + "second check; double check*; sign off; read back; gate; test suite; "
          + "automated check*; review step; standard operating; sop; peer review; code review; "
          + "checks; check before; inspection; quality check*; acceptance criteria; "
          + "definition of done; a rule; new rule; quality gate"),
  BOLD(
      "vision; bold; ambitious; moonshot; transform*; across the company; across the region; "
          + "across the country; company wide; nationwide; national; global*; every site; "
          + "every store; all sites; all stores; all branches; every branch; every team; "
          + "whole company; whole region; whole industry; the industry; end state; at scale; "
          + "10x; ten times; from one to; north star; multi year; strategy; strategic; "
          + "scale it; scale up; scaled; every hospital; every school; every warehouse; "
          + "every depot; all depots; all hospitals; all schools"),
  LONG_HORIZON(
      "three years; five years; ten years; three year; five year; 3 years; 5 years; "
          + "multi year; by 2030; decade; year plan; over the next three; over the next five; "
          + "over the next two years; long term plan; long term vision; roadmap for"),
  BUY_IN(
      "proposal; pitched; the board; funding; funded; budget for; leadership team; "
          + "sponsor*; business case; white paper; asked for a budget; asked the board; "
          + "to the board; funded it"),
  SPEED(
      "same day; that day; that afternoon; that morning; that night; that evening; "
          + "within hours; within an hour; within a day; within two days; within 24; within 48; "
          + "in 24 hours; in 48 hours; overnight; immediately; straight away; right away; "
          + "didn't wait; without waiting; urgent*; by morning; same week; next day; first thing; "
          + "in minutes; before the end of the day; within minutes; within a week; in two days; "
          + "in three days; within * minutes; within * hours; within * days; rather than wait; "
          + "instead of waiting; that same afternoon; that same day; the same morning; "
          + "the same afternoon; the same night; did not wait for; rather than waiting; "
          + "without waiting for; through the night"),
  CALCULATED_RISK(
      "reversible; undo; roll back; rollback; two way door; switch back; switched back; "
          + "without full; without all; without complete; without the usual; "
          + "did not have time; no time for; incomplete; partial; not certain; "
          + "calculated risk; interim; stopgap; stop gap; accelerated; 80 percent; 70 percent; "
          + "small test; test it on; took a risk; took the risk; accepted the risk; low risk; "
          + "worth the risk; the risk was small; limited data; the data was incomplete; "
          + "without all the data; before we had; before i had; be undone; could undo; undone; "
          + "test it first; temporary fix; temporary measure; temporary workaround; "
          + "temporary solution; false alarm; cost little; could cost a lot; waiting could"),
  CONSTRAINT(
      "no budget; no money; no extra; without extra; spending freeze; frozen; freeze; "
          + "no headcount; no new; no more staff; cost nothing; cost basically nothing; for free; "
          + "limited budget; tight budget; shoestring; small budget; could not afford; "
          + "cannot afford; half the budget; cut our budget; budget cut*; with what we had; "
          + "already had; already owned; we already; zero budget; not allowed to spend; "
          + "no funding; unfunded; free of charge; no new kit; no extra staff; no extra money; "
          + "no spending; without any budget; could not hire; hiring freeze"),
  DID_WITHOUT(
      "reused; reuse; repurpos*; borrowed; second hand; secondhand; open source; free tool*; "
          + "instead of buying; instead of hiring; rather than buying; rather than hiring; "
          + "without buying; without hiring; without spending; we already had; already owned; "
          + "already had; leftover*; cheaper; cheapest; for less; negotiat*; in house; "
          + "existing kit; existing tools; we already owned; spare parts; spare kit; "
          + "our existing; its existing; the existing; free online; free form*; free software; "
          + "spent nothing; for nothing; at no cost; no cost; lend us; lent us; donate; "
          + "donated; volunteers; by hand; myself with"),
  SAVED(
      "saved; saving*; save; cost*; cheaper; spent only; under budget; less than; a month; "
          + "a year; per year; per month; avoided spending; avoided buying"),
  ADMITTED(
      "admitted; admit; apologi*; owned up; my mistake; my error; my fault; i was wrong; "
          + "let them down; let down; came clean; told them the truth; i got it wrong; "
          + "i made a mistake; i had made; i had misread; i misread; i had missed; i missed; "
          + "did not make excuses; no excuses; was my mistake"),
  CANDOUR(
      "told them exactly; told him exactly; told her exactly; explained exactly; upfront; "
          + "up front; straight with; without hiding; did not hide; did not play down; "
          + "the full picture; bad news; transparen*; openly; honest*; the truth; "
          + "shared the numbers; shared everything; what had gone wrong; disclos*; "
          + "including the weeks; including the bad; told them plainly; told him plainly; "
          + "told her plainly; the real reason; the whole story; including the parts; "
          + "the real numbers; the real plan; shared the real; what i did not know; "
          + "i did not know yet; plainly; the mistake was mine"),
  LISTENED(
      "listened; heard them out; heard her out; heard him out; asked what; their concerns; "
          + "their side; their view*; understood their; what they needed; what hurt; "
          + "asked for feedback"),
  KEPT_PROMISES(
      "promise*; kept my word; delivered on; each week; consistently; follow through; "
          + "followed through; small things; small promises; kept it; kept them"),
  RELATIONSHIP(
      "relationship*; credibility; credible; confidence; rebuilt; won back; win back; "
          + "distrust*; rely on; relied on; partnership"),
  WENT_THROUGH(
      "pulled the * logs; pulled the * data; pulled the * records; the error logs; the logs; "
          + "log files; logs from; combed through; dug through; looked through; "
          + "sifted through; reviewed every; reviewed all; reviewed each; cross checked; "
          + "cross referenced; compared the; compared each; compared every; compared them; "
          + "broke down the; broke the * down; mapped every; mapped each; plotted; charted; "
          + "graphed; tracked every; sampled; read every; read all; looked at every; "
          + "checked every; line by line; question by question; one by one; record by record; "
          + "receipts; invoices; raw data; spreadsheet*; timestamps; audited; tallied; "
          + "weighed; measured; counted; timed; every report; every record; every one of; "
          + "each of the; each case; writing down every; logged every; noted every; "
          + "kept a log; recorded every; data from; analysed; analyzed; profiled; "
          + "flame graph*; queried; exported; matched them; cross section*; network traffic; "
          + "pulled the data; pulled the logs; pulled all; pulled every; pulled the last; "
          + "pulled our; pulled the records; went through every; went through all; "
          + "went through each; went through the records; went through the logs; "
          + "went through the data; wrote down every error; wrote down every time; "
          + "analysed the data; analyzed the data; looked at the data; the data showed; "
          + "data showed"),
  ROOT_CAUSE(
      "traced it; traced the; tracked it down; tracked down the; dug into; pinpointed; "
          + "pinned down; pinned it down; ruled out; isolated the; narrowed it; the source of; "
          + "was coming from; were coming from; the culprit; root cause; traced; the cause; "
          + "caused by; turned out; pattern; found that; the reason was; the real problem; "
          + "real cause; narrowed; five whys; the problem was; it was mostly; it was the; "
          + "always on; linked to; correlat*; the pattern was; found out why; worked out why; "
          + "saw that; showed that; it came down to; the reason"),
  WENT_TO_SOURCE(
      "reproduc*; recreated; replicated; stepped through; walked through the; watched it happen; "
          + "saw it happen; saw for myself; tried it myself; did it myself; ran it myself; "
          + "followed a; followed one; followed the * through; went to the; went down to; "
          + "on site; on the floor; sat with; shadowed; walked the; with my own eyes; "
          + "first hand; firsthand; in person; talked me through; on the scope; "
          + "checked it myself; myself on; watched the; watched how; observed how; "
          + "walked the field; dug; went and; spent two days with; spent a day with; sat in on"),
  DISAGREED(
      "disagreed; disagree; pushed back; push back; challenged; objected; object to; "
          + "argued; raised concerns; raised my concern*; said no; refused; not agree; opposed; "
          + "spoke up; told him i; told her i; told my manager i; told them i; "
          + "i thought it was wrong; was wrong to; not convinced; unconvinced; advocated; "
          + "made the case; escalated my concern*; went on record; questioned the decision; "
          + "questioned whether; argued against; argued for"),
  COMMITTED(
      "committed to her; committed to his; committed to their; committed to the decision; "
          + "i committed; went with her; went with his; went with their; went with the decision; "
          + "backed the decision; backed her; backed him; supported the decision; "
          + "supported her decision; supported his decision; once it was decided; "
          + "once the decision; fully behind; her way; his way; their way; despite my; "
          + "accepted the decision; accepted her; accepted his; agreed to go ahead; "
          + "disagree and commit; gave it my full; put my objections aside; "
          + "put my concerns aside; made it work; made their plan work; executed her plan; "
          + "executed his plan; her approach; his approach; their approach"),
  COMMITMENT(
      "in time for; had until; time limit; due date; due by; due on; a hard date; by midnight; "
          + "by the morning; by * pm; by * am; by the weekend; before the end of; "
          + "before opening; before the doors; committed; promised; deadline; on time; "
          + "ahead of schedule; by the end of; by september; by october; by q1; by q2; by q3; "
          + "by q4; by friday; by monday; by the deadline; launch date; go live; go-live; sla; "
          + "the target; our target; my target; the goal was; our goal; committed to; "
          + "i promised; by the end of the quarter; by the end of the month; "
          + "by the end of the year; advertised dates; original dates; the launch"),
  SETBACK(
      "outage; went down; spiked; spike in; surge in; jumped to; jumped from; failing; crashed; "
          + "stopped working; fell over; ran out; resigned; quit; went bust; pulled out; "
          + "walked out; fell through; behind; slipped; slip; at risk; setback*; obstacle*; "
          + "fell behind; harder than; off track; was slipping; were slipping; falling short; "
          + "short of; not on track; overran; overrun; were late; was late; running late; "
          + "got blocked; had not planned; not planned for; unplanned; unexpected*; cancel*; "
          + "broke down; fell ill; shortage; backorder; delay*"),
  MET(
      "on time; by the deadline; early; ahead of; met the; met our; met it; hit the; hit our; "
          + "done by; two days early; exceeded; beat the; on schedule; delivered on time; "
          + "delivered it on; delivered all; finished on; finished by; completed on; "
          + "completed by; reached our; reached the; launched on; shipped on; went live on; "
          + "days early; weeks early; finished the quarter; on the original; as promised; "
          + "kept our promise"),
  WELLBEING(
      "wellbeing; well being; burnout; burn out; burned out; burnt out; stress*; exhausted; "
          + "exhaustion; overtime; workload; sickness; mental health; morale; work life; "
          + "quiet room; fatigue; tired; injur*; ergonomic*; safety of; unsafe; lifting; "
          + "shift pattern*; rota; rotas; night shifts; on call load; pager load; paged at night; "
          + "long hours; hours a week; time off; childcare; off sick; sick leave; went off sick; "
          + "gone off sick; rest breaks; proper breaks; annual leave; working weekends; "
          + "every weekend; working day; working hours; late night*; late at night; 11 pm; "
          + "after hours; after 6 pm; time zone*"),
  INCLUSION(
      "inclusi*; divers*; accessib*; disabilit*; neurodiver*; dyslex*; carers; belonging; "
          + "fairness; equal*; women; minority; minorities; language barrier*; translat*; prayer; "
          + "religio*; quieter voices; everyone a voice; flexible working; flexible hours; "
          + "part time staff; treated fairly; felt included; felt welcome; a voice; fair voice; "
          + "their voice; stopped speaking; had stopped speaking; everyone on the team"),
  TEAM_VOICE(
      "asked the team; asked my team; asked the agents; asked the staff; asked the nurses; "
          + "asked them what; sat with agents; sat with the; team survey; staff survey; "
          + "engagement survey; what hurt; anonymous*; asked each; asked the crew; "
          + "asked the drivers; asked the teachers; asked the cooks"),
  TEAM_OUTCOME(
      "turnover; attrition; retention; absence; sick days; resignation*; left the company; "
          + "leavers; injury rate; accident*; overtime fell; overtime dropped; happier; "
          + "survey score*; grievance*; morale rose; engagement score; nobody left; no one left; "
          + "staff turnover"),
  BEYOND_COMPANY(
      "privacy; personal data; data protection; gdpr; consent; security; breach*; vulnerab*; "
          + "fairness; bias; biased; discriminat*; ethnic*; gender; race; proxy; proxied; "
          + "ethic*; environment*; carbon; emission*; recycl*; landfill; pollut*; sustainab*; "
          + "community; communities; neighbourhood*; neighborhood*; regulator*; society; "
          + "public health; public safety; the public; vulnerable; energy use; footprint; "
          + "plastic*; water use; accessibility; unfair to; harm to; harmed people; the law; "
          + "child safety; road safety; food safety; noise; dust; nearby; next to a; "
          + "neighbours; neighbors; local residents; the neighbourhood; the neighborhood"),
  SECOND_ORDER_EFFECT(
      "outside the room; outside the company; outside our; downstream; side effect*; unintended; "
          + "second order; knock on; knock-on; who is affected; who was affected; beyond our; "
          + "beyond the company; long term effect*; everyone affected; affected people; "
          + "third part*; the wider community; wider public; people outside; people who never; "
          + "affects people; end of our responsibility; beyond our responsibility; who lives; "
          + "who lived"),
  /** Verbs of investigating: on their own the heart of Dive Deep, not a passing "found that". */
  INVESTIGATED(
      "traced; root cause; root caused; tracked it down; tracked down the; pinpointed; "
          + "pinned down; pinned it down; ruled out; isolated the; narrowed it down; "
          + "narrowed down; dug into; dug through; combed through; sifted through; "
          + "line by line; record by record; reproduc*; recreated the; replicated the; "
          + "five whys; went through every; went through all; went through each; "
          + "went through the logs; went through the data; went through the records; "
          + "pulled the logs; pulled the * logs; the error logs; cross checked; "
          + "cross referenced"),
  /** Putting one thing in the place of several: "replaced the three forms with one". */
  REPLACED(
      "replaced; replacing; replace; merged; merging; combined; combining; collapsed; "
          + "consolidat*; folded; brought together"),
  ONE_IN_PLACE("one; single; a single; just one; only one"),
  /** Parts of the work taken away for good: Invent and Simplify on its own. */
  TAKEN_AWAY(
      "retired; retiring; decommission*; eliminat*; removed the step; removed steps; "
          + "removed the need; cut out; fewer steps; fewer forms; fewer handoffs; "
          + "fewer hand offs; no longer needed; no longer had to; no longer has to; "
          + "switched off the old; turned off the old; scrapped the; stopped doing"),
  /** A measured change told in words: "fell back to 0.2%", "halved", "rose by a third". */
  MEASURED_CHANGE(
      "back to; fell to; dropped to; rose to; went up to; went down to; cut to; reduced to; "
          + "came down to; halved; doubled; tripled; fell by; dropped by; rose by; grew by; "
          + "cut by; reduced by; improved by; increased by; increased to; recovered"),
  CHANGE_FOR_GOOD(
      "policy; procedure; adopted; rolled out; now uses; now use; still uses; every future; "
          + "all future; going forward; since then; checklist; became unit policy; became policy; "
          + "became the standard; became standard; site procedure");

  private final List<String> phrases;

  Cue(String phrases) {
    this.phrases = Arrays.stream(phrases.split(";")).map(String::strip).toList();
  }

  /** The phrases of the list. */
  List<String> phrases() {
    return phrases;
  }
}
