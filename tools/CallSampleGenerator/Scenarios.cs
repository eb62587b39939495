namespace CallSampleGenerator;

/// <summary>
/// The conversations: an opening, the candidate's background, one of five endings (strong fit, skills gap,
/// salary gap, withdrawal, undecided), logistics and a close. "I:" lines are the interviewer's, "C:" the
/// candidate's; {c}, {i}, {role}, {company}, {stack}, {salary} are filled in per call.
/// </summary>
internal static class Scenarios
{
    public static readonly string[] Openings =
    [
        "I: Hi {c}, thanks for joining. Can you hear me okay?\nC: Yes, loud and clear. Thanks for having me.",
        "I: Hello {c}, is now still a good time to talk?\nC: Yes, absolutely, I blocked the half hour.",
        "I: Good morning {c}! I'm {i}, I look after hiring for the {role} team. How are you?\nC: Good morning, I'm well, thank you.",
    ];

    public static readonly string[] Backgrounds =
    [
        "I: Could you walk me through your current role at {company}?\nC: Sure. I work on {stack} in a team of five, and for the last year I have owned our release pipeline and the on-call rota.",
        "I: Tell me briefly what you do at {company}.\nC: I build services with {stack}. Most of my time goes into design reviews and the trickier parts of the code, like caching and retries.",
        "I: What are you working on at the moment?\nC: At {company} I lead a small group working with {stack}. We migrated two legacy systems this year without downtime.",
    ];

    public static readonly (string Outcome, string Lines)[] Endings =
    [
        ("advance", "I: That is very relevant for us. What are you looking for next?\nC: More ownership, and a product where quality really matters.\nI: Our stack is {stack}. Any concerns there?\nC: None at all, it is my daily work.\nI: Great. The next step is a technical interview with two engineers. I will email you some dates by tomorrow.\nC: Sounds good, I look forward to it."),
        ("reject", "I: This role needs deep experience with {stack}. How much have you used it?\nC: To be honest only in side projects. I would need a few months to ramp up.\nI: Understood. For this level we need someone productive from the first weeks.\nC: I see. Is there a more junior opening?\nI: Not at the moment, but I will keep your profile on file and let you know by Friday.\nC: Thank you for being clear."),
        ("hold", "I: What are your salary expectations?\nC: I am looking at around {salary} thousand euros.\nI: Hmm, that is above our budget for this role. Is there flexibility?\nC: Some, if the remote policy and the training budget are generous.\nI: I will check with the hiring manager and get back to you by Thursday.\nC: Please also send me the details of the benefits."),
        ("withdrawn", "I: What made you apply?\nC: Mostly the product. But I should tell you that I accepted another offer yesterday.\nI: Congratulations! Is there anything that would change your mind?\nC: Not really, the other team is a very good fit for me.\nI: Fair enough. I will close your application and wish you the best.\nC: Thank you, and sorry for the short notice."),
        ("undecided", "I: How do you feel about working with {stack} every day?\nC: I like it, although most of my recent work was on the front end.\nI: Would you be open to a take-home exercise, about three hours?\nC: Could it be a live pairing session instead? I have little free time at the moment.\nI: I will ask the team lead and get back to you tomorrow.\nC: Thanks, that would help a lot."),
    ];

    public static readonly string[] Logistics =
    [
        "I: What is your notice period?\nC: Three months, but one to two is negotiable.",
        "I: When could you start?\nC: In about six weeks.",
        "I: Are you based near one of our offices?\nC: Yes, I can come in twice a week.",
    ];

    public const string Close = "I: Thanks {c}, this was a good conversation.\nC: Thank you, bye for now.";
}
