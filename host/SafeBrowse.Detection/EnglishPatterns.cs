using static SafeBrowse.Detection.CategoryPattern;
using static SafeBrowse.Detection.DetectionCategories;

namespace SafeBrowse.Detection;

/// <summary>English phrases, written against normalised text (no apostrophes: "dont", "youre", "ill").</summary>
internal static class EnglishPatterns
{
    private const string Parents = "(?:parents|mom|mum|mommy|mother|dad|daddy|father|family|folks|step ?dad|step ?mom)";
    private const string Apps = "(?:snapchat|kik|whatsapp|telegram|instagram|discord|skype|facebook|messenger|wickr|signal|yahoo|aim|msn|tiktok|viber|hangouts)";
    private const string Private = "(?:" + Apps + "|dm|dms|pm|private|another app|a different app)";
    private const string Pics = "(?:pic|photo|selfie|selfies|video|videos|vid|vids|nude|nudes)";
    private const string YouAre = "(?:youre|your|you are|you seem|you sound|you act|you look)";
    private const string IWill = "(?:ill|i will|i can|i could|let me|i wanna|i want to|im gonna|im going to|i would|id|want me to|do you want me to)";

    public static CategoryPattern[] All { get; } =
    [
        Strong(Flattery, YouAre + " (?:so |really |very |such a |pretty |quite )?mature"),
        Strong(Flattery, "mature for (?:your|a) age"),
        Strong(Flattery, "you (?:seem|sound|look|act) (?:so |a lot |much |way )?older than"),
        Strong(Flattery, "(?:youre|your|you are) not like (?:other|the other|most) (?:girls|boys|kids)"),
        Strong(Flattery, "(?:youre|your|you are) (?:so |really |very )?special to me"),
        Strong(Flattery, "you can (?:always )?(?:trust|tell) me(?: anything| everything)?"),
        Strong(Flattery, "(?:ive|i have) never (?:met|talked to|known) (?:anyone|someone|a girl|a boy) like you"),
        Weak(Flattery, "(?:youre|your|you are|you look) (?:so |really |very |such a |soo |totally )?(?:beautiful|pretty|gorgeous|cute|hot|handsome|adorable|perfect|amazing|stunning|sweet)"),
        Weak(Flattery, "(?:beautiful|pretty|cute|gorgeous) (?:girl|boy|lady|thing|face|eyes|smile)"),
        Weak(Flattery, "i (?:really )?(?:like|love|adore|miss) you"),

        Strong(Secrecy, "(?:dont|do not|never|dont you|dont ever) (?:tell|say anything to|mention (?:this|me|it|us) to|show (?:this|it) to) (?:your )?" + Parents),
        Strong(Secrecy, "(?:dont|do not|never) tell (?:anyone|anybody|no one|nobody|your friends)"),
        Strong(Secrecy, "our (?:little )?secret"),
        Strong(Secrecy, "(?:keep|keeping) (?:this|it|us|this chat|our chat|what we \\w+) (?:a secret|secret|between us|between you and me|private|to yourself)"),
        Strong(Secrecy, "between (?:you and me|you and i|us two|the two of us)"),
        Strong(Secrecy, "delete (?:this|our|these|all|all our|all these|all of our|all the|the|your) (?:chat|chats|messages|convo|convos|conversation|conversations|texts|history|logs)"),
        Strong(Secrecy, "(?:nobody|no one|noone) (?:can|needs to|has to|should|must|will ever|is going to) (?:know|find out)"),
        Strong(Secrecy, "(?:your )?" + Parents + " (?:cant|can not|cannot|shouldnt|dont need to|must not|mustnt|wont) (?:know|find out|see this|see these|read this)"),
        Strong(Secrecy, "dont let (?:your )?" + Parents + " (?:see|know|find out|read)"),
        Strong(Secrecy, "(?:clear|erase|delete) (?:your |the )?(?:browser )?history"),
        Weak(Secrecy, "(?:keep|its) (?:it )?(?:a )?secret"),

        Strong(Isolation, "(?:your )?(?:" + Parents + "|friends) (?:dont|do not|never|wont|doesnt|does not) (?:really )?(?:understand|get|care about|love|appreciate|listen to) you"),
        Strong(Isolation, "no one (?:else )?(?:understands|gets|cares about|loves) you (?:like|the way|as much as) (?:i do|me|i)"),
        Strong(Isolation, "i (?:really )?(?:understand|get) you (?:better than|like no one|more than)"),
        Strong(Isolation, "(?:im|i am) the only one (?:who|that) (?:understands|gets|cares about|loves) you"),
        Strong(Isolation, "you dont need (?:them|your friends|your parents|anyone else|anybody else)"),
        Strong(Isolation, "your (?:friends|parents|mom|dad) (?:are|is) (?:so )?(?:immature|stupid|fake|controlling|jealous)"),
        Weak(Isolation, "your (?:parents|mom|dad) (?:are|is) (?:so |too )?(?:strict|overprotective)"),
        Weak(Isolation, "they (?:dont|do not|never) understand you"),

        Strong(PrivateChannel, "(?:add|message|text|call|hit|find|contact|follow|dm) me (?:up )?(?:on|at|in|over) " + Private),
        Strong(PrivateChannel, "(?:do you|you) (?:have|got) (?:a |an )?(?:" + Apps + "|cell|cellphone|cell phone|phone number|celular)"),
        Strong(PrivateChannel, "(?:whats|what is|give me|send me|can i get|can i have|tell me) your (?:" + Apps + "|number|phone number|phone|cell|cell number|username|user|id|handle|addy)"),
        Strong(PrivateChannel, "(?:lets|we can|we could|can we|we should|wanna|want to) (?:talk|chat|move|go|continue|switch|text) (?:on|to|in|over|at) " + Private),
        Strong(PrivateChannel, "(?:can|could|may) i (?:call|text) you"),
        Weak(PrivateChannel, "(?:call|text) me"),
        Weak(PrivateChannel, "(?:" + TextNormalizer.PhoneToken + "|" + TextNormalizer.EmailToken + ")"),
        Weak(PrivateChannel, "(?:private|secret) (?:chat|account|room)"),

        Strong(PersonalInfo, "how old (?:are you|you are|is you)"),
        Strong(PersonalInfo, "(?:whats|what is) your age"),
        Strong(PersonalInfo, "asl"),
        Strong(PersonalInfo, "(?:are you|you) (?:home )?alone"),
        Strong(PersonalInfo, "(?:home|house) alone"),
        Strong(PersonalInfo, "(?:are|is) (?:your )?" + Parents + " (?:home|there|around|at home|gone|out|away|asleep|sleeping|awake|working)"),
        Strong(PersonalInfo, "when (?:do|does|will|are|is) (?:your )?" + Parents + " (?:get|come|leave|go|coming|going|getting)"),
        Strong(PersonalInfo, "(?:what|which) (?:school|grade) (?:do you|are you|you) (?:go to|in|attend)"),
        Strong(PersonalInfo, "what (?:grade|year) (?:are you|you) in"),
        Strong(PersonalInfo, "where do you go to school"),
        Strong(PersonalInfo, "(?:are you|you) (?:still )?in (?:middle|high|elementary|junior high|jr high) school"),
        Strong(PersonalInfo, "(?:whats|what is|give me|tell me) your (?:address|home address|last name|full name|zip|zip code)"),
        Strong(PersonalInfo, "what time do you get (?:home|out of school|out)"),
        Weak(PersonalInfo, "where do you live"),
        Weak(PersonalInfo, "(?:who|whom) do you live with"),
        Weak(PersonalInfo, "(?:location|where are you from|where you from)"),
        Weak(PersonalInfo, "(?:what|which) school (?:you|are you|do you)"),
        Weak(PersonalInfo, "(?:do you|you) have (?:a )?(?:boyfriend|girlfriend)"),

        Strong(PhotoRequest, "(?:send|show|give|post|email|share|trade|take) (?:me )?(?:a |an |some |more |another |one more |your |a few |new )?(?:\\w+ )?" + Pics + " (?:of you|of yourself|of your|in your|in a|wearing|without|naked|nude|with no)"),
        Strong(PhotoRequest, "(?:send|show|give|trade|take) (?:me )?(?:a |some |more |another |your )?(?:nude|nudes|naked pic|sexy pic|hot pic|dirty pic)"),
        Strong(PhotoRequest, Pics + " (?:of you )?(?:in|without) (?:your |a )?(?:bra|underwear|panties|bikini|swimsuit|bathing suit|pajamas|pjs|clothes|shirt|towel)"),
        Strong(PhotoRequest, "(?:turn on|get on|open|use) (?:your |the )?cam"),
        Strong(PhotoRequest, "(?:can|could|may|will) (?:i|we) see (?:you|your body|more of you)"),
        Strong(PhotoRequest, "show me (?:your )?(?:body|self|yourself|boobs|chest|tits|legs|butt|ass|belly|feet)"),
        Strong(PhotoRequest, "(?:do|can|will|would) you (?:cam|send pic|send a pic)"),
        Strong(PhotoRequest, "(?:trade|swap|exchange) (?:pic|photo)"),
        Strong(PhotoRequest, "(?:i want|i wanna|wanna|i would like|id like|i want to) (?:to )?see (?:you|more of you|your body)"),
        Weak(PhotoRequest, "(?:send|show|give) (?:me )?(?:a |some |more |your )?(?:pic|photo|selfie|video)"),
        Weak(PhotoRequest, "(?:do you|you) (?:have|got) (?:a )?cam"),
        Weak(PhotoRequest, "(?:do you have|got) (?:any )?(?:more )?" + Pics),

        Strong(SexualTalk, "(?:have you|you) (?:ever )?(?:had sex|been fucked|fucked|made out|masturbated|touched yourself|given head|sucked)"),
        Strong(SexualTalk, "(?:are you|you) (?:still )?(?:a )?virgin"),
        Strong(SexualTalk, "(?:suck|lick|touch|kiss|rub|feel|play with|see) (?:my|your) (?:dick|cock|penis|pussy|boobs|tits|breasts|nipples|body|ass|butt|privates)"),
        Strong(SexualTalk, "what (?:are you|you) wearing"),
        Strong(SexualTalk, "(?:want|wanna|like|love) to (?:have sex|fuck|make love|make out)"),
        Strong(SexualTalk, "(?:im|i am|making me|make you|get you|gets me|getting) (?:so |really )?(?:horny|hard|wet|turned on)"),
        Strong(SexualTalk, "(?:do you|you) (?:like|want|wanna|enjoy) (?:sex|to fuck|to have sex|oral|blowjobs)"),
        Strong(SexualTalk, "(?:blowjob|blow job|handjob|orgasm|masturbat\\w*|cum|cumming|jerk off|jack off)"),
        Weak(SexualTalk, "(?:sex|sexy|naked|nude|dick|cock|penis|pussy|boobs|tits|horny|bra|panties|underwear|condom|condoms|lingerie)"),

        Strong(Gifts, IWill + " (?:buy|get|send|give) you (?:a |an |some |new |anything|whatever|something|money|cash|gifts?|presents?|phone|iphone|robux|vbucks|v bucks|skins?|nitro|clothes|lingerie|gift card)"),
        Strong(Gifts, "(?:^|do you |you )(?:want|need|wanna) (?:some |free )?(?:money|cash|robux|vbucks|v bucks|nitro|a new phone|a phone|gift card|gift cards|gifts?|presents?)"),
        Strong(Gifts, "(?:free|give you|send you) (?:robux|vbucks|v bucks|nitro|gift card|gift cards|money|cash)"),
        Weak(Gifts, "(?:ill|i will|i can) pay (?:you|for)"),
        Weak(Gifts, "(?:gift|present|surprise)s? for you"),

        Strong(Meeting, "meet (?:up )?(?:in person|irl|in real life|for real|face to face|somewhere|alone|privately)"),
        Strong(Meeting, IWill + " (?:pick you up|come get you|come pick you up|drive (?:to you|over|to your)|come (?:to|over to|by) your (?:house|place|home|school))"),
        Strong(Meeting, "(?:pick|picking) you up"),
        Strong(Meeting, "(?:sneak|slip) out"),
        Strong(Meeting, "(?:where|when) (?:can|could|should|do|would) (?:we|i) (?:meet|see you|hook up|get together)"),
        Strong(Meeting, "(?:come|stay|sleep) (?:over )?(?:to|at) my (?:house|place|apartment|hotel|room|car)"),
        Strong(Meeting, "you (?:can|could|should) (?:come over|stay over|spend the night|sleep over)"),
        Strong(Meeting, "(?:wanna|want to|would you like to|do you want to|lets|we should|we could|can we|could we|i want to|i wanna|i would love to|id love to) (?:meet|hook up|see you) (?:up )?(?:in person|irl|sometime|soon|this weekend|tomorrow|tonight|after school|someday)"),
        Weak(Meeting, "(?:lets|wanna|want to|can we|we should|we could|do you want to) (?:meet|hang out|hook up|get together)"),
        Weak(Meeting, "meet (?:me|you) (?:at|in|after|behind|near)"),

        Strong(Threats, "(?:ill|i will|im going to|im gonna|i am going to) (?:tell|show|send|post|share|leak|expose) (?:everyone|everybody|your (?:parents|mom|dad|friends|school|family|teacher))"),
        Strong(Threats, "(?:ill|i will|im going to|im gonna) (?:post|share|send|leak|upload|show) (?:your|the|those|these|all your) (?:pic|photo|photos|videos|video|nudes|nude|messages|chats)"),
        Strong(Threats, "(?:everyone|everybody) (?:will|is going to|gonna) (?:see|know|find out)"),
        Strong(Threats, "if you (?:dont|do not|wont|will not|stop|block me|tell)\\b.{0,60}\\b(?:ill|i will|im going to|im gonna) (?:post|share|send|leak|show|tell|upload|expose)"),
        Weak(Threats, "if you (?:dont|do not|wont|will not|stop|block me|tell)\\b.{0,50}\\b(?:ill|i will|im going to|im gonna)"),
        Weak(Threats, "(?:or else|youll regret|you will regret|youll be sorry|you will be sorry)"),
        Weak(Threats, "you (?:have to|must|better) do (?:it|what i say|as i say)"),
    ];
}
