import type { Course } from './schema';

export const course: Course = {
  slug: 'strategic-alliances',
  title: 'Strategic Alliances — why they fail and how to make them work',
  description:
    'Strategic alliances let firms share markets, technology, and risk without merging, yet by one estimate more than 60% of them fail. This course explains what alliances are, why firms form them, the six obstacles that sink them, and how to build and manage an alliance as a system so that it delivers lasting competitive advantage.',
  modules: [
    {
      slug: 'what-is-an-alliance',
      title: 'What a strategic alliance is',
      summary:
        'Pin down what counts as a strategic alliance, where the term comes from, and which arrangements between firms fall outside it.',
      lessons: [
        {
          slug: 'defining-strategic-alliances',
          title: 'Defining strategic alliances',
          summary:
            'A working definition of the strategic alliance, the three English terms used for it, and where the concept came from.',
          estimatedMinutes: 10,
          body: [
            'A strategic alliance is a cooperative arrangement in which two or more firms, of comparable strength or with complementary resources, bind themselves through agreements in order to share markets, develop products or technology together, pool resources, and raise their competitiveness. The firms act with the whole market and their own long-term business goals in view, not to win a single transaction. This working definition is a synthesis: scholars have not agreed on one precise meaning, partly because the content and forms of alliances keep changing, so the concept is best treated as dynamic rather than fixed.',
            "The English-language literature uses three overlapping terms for this family of arrangements: strategic alliance, strategic connection, and strategic partnership [3]. This course treats them as synonyms and uses strategic alliance as the default. What unites them is the word strategic: the cooperation touches a firm's long-term position, such as its technology, products, or markets, rather than a routine purchase that could be switched to another supplier tomorrow.",
            "According to the thesis this course draws on, the concept was first proposed by J. Hopland, then president of the American computer maker Digital Equipment Corporation (DEC), together with the management scholar Roger Nigel. The thesis gives no date or publication, so treat this as the attribution commonly repeated in the literature it surveys rather than as a settled historical fact. Research on strategic alliances belongs to the field of strategic management, which is why later modules draw on that field's theories.",
          ],
        },
        {
          slug: 'what-an-alliance-is-not',
          title: 'What an alliance is not',
          summary:
            "Yoshino and Rangan's three necessary and sufficient conditions, and why mergers, acquisitions, and foreign subsidiaries fail them.",
          estimatedMinutes: 10,
          body: [
            'As alliances multiplied in the second half of the twentieth century, scholars tried to draw a firm boundary around the concept. Yoshino and Rangan (1995) proposed three conditions that are together necessary and sufficient [3]. First, two or more firms pursue an agreed set of goals and remain independent after the alliance is formed. Second, the partners share the benefits of the alliance and share control over the performance of the assigned tasks. Third, each partner keeps contributing on an ongoing basis in one or more key strategic areas, such as technology or products.',
            'The second condition deserves attention because it is what makes alliances so hard to manage. Shared control means no partner can simply give orders: decisions must be negotiated among firms that each answer to their own owners and strategies. The first and third conditions create the same tension. Each partner must keep investing in a joint effort that it neither fully owns nor fully controls, while the other side stays free to pursue its own interests.',
            "Applying the test rules out several arrangements that are often loosely called alliances. In a merger, takeover, or acquisition, at least one firm loses its independence, so the first condition fails. A multinational's overseas subsidiary is controlled by its parent, so there are no independent partners sharing benefits and control. Excluding these cases is useful: it removes ambiguity from the concept and keeps attention on the problem that defines alliances, namely how independent firms cooperate without merging.",
          ],
        },
      ],
    },
    {
      slug: 'forms-of-alliance',
      title: 'Forms of alliance',
      summary:
        'Classify alliances by how they are governed, through contracts or through equity, and by where the partners sit in the value chain.',
      lessons: [
        {
          slug: 'contractual-alliances',
          title: 'Contractual alliances',
          summary:
            'Alliances built purely on contracts between independent firms, and the main types of contractual arrangement.',
          estimatedMinutes: 8,
          body: [
            "The first broad family of alliances rests on contractual arrangements made through the market: the partners sign agreements, but no one takes an ownership stake in anyone else [3]. Typical examples are joint research and development, joint product development, long-term supply contracts, co-production, joint marketing, agreements that give access to a partner's distribution channels and services, and cooperation on technical standards. In each case the firms remain separate legal entities, and the alliance lives in the terms of the contract and in the working relationship that grows around it.",
            'Contractual alliances are quick to set up, flexible, and relatively easy to leave, which suits cooperation on a single project or in a fast-moving technology. Their weakness is the other side of that flexibility. Because no partner has capital tied up in the others, commitment can be shallow, and no contract can foresee every contingency. When interests drift apart, a partner can cut its effort or walk away at low cost, so contractual alliances depend heavily on trust and on careful management of the relationship.',
          ],
        },
        {
          slug: 'equity-alliances',
          title: 'Equity alliances',
          summary:
            'Alliances that involve ownership: a minority stake or equity swap with no new entity, or a newly created joint venture.',
          estimatedMinutes: 10,
          body: [
            'The second family of alliances involves property rights, that is, ownership [3]. It divides into two forms. In the first, no new entity is created: one firm takes a small minority stake in a partner, or the partners swap equity so that each holds shares in the other. In the second, the partners jointly create a new enterprise, a joint venture, to which they contribute capital, technology, people, or market access, and whose profits and control they divide according to an agreed formula.',
            "A minority stake or an equity swap signals commitment without changing who runs each firm. A shareholding gives each side a financial interest in the other's success, and often a seat or an observer on the board, which makes opportunism more costly. Yet the partners still manage their own operations, so the cooperation itself must be organized through separate agreements. An equity swap is not an acquisition: the stakes are small enough that both firms stay independent, which keeps the arrangement inside Yoshino and Rangan's definition.",
            'A joint venture goes furthest. It has its own management, staff, and accounts, which gives the cooperation a stable home and a clear place to pool resources for a long-term project such as a new plant or a new market. The price is complexity: the venture answers to two or more parents whose goals may diverge, so its governance, profit sharing, and exit terms must be negotiated with care. Equity alliances trade the speed and flexibility of contracts for deeper and longer-lasting commitment.',
          ],
        },
        {
          slug: 'horizontal-and-vertical-alliances',
          title: 'Horizontal and vertical alliances',
          summary:
            "Porter's distinction between alliances of firms doing the same activities and alliances that link successive stages of the value system.",
          estimatedMinutes: 8,
          body: [
            "Michael Porter offers a second way to classify alliances, based on how the partners' value chains relate to each other [8]. He defines an alliance as a long-term agreement between firms that goes beyond normal market transactions but stops short of a merger, including technology licenses, supply agreements, marketing agreements, and joint ventures. Within that range, the key question is whether the partners perform similar activities and pool them, or perform successive activities and link them.",
            "A horizontal alliance joins firms that carry out the same kinds of activities, often competitors or near-competitors, who cooperate and complement each other within the same links of the value chain; joint ventures in production or marketing are typical [8]. A vertical alliance connects a firm's value chain with those of its suppliers or its sales channels, as in a long-term supply agreement; Porter calls these connections vertical linkages. Both forms aim at the same result: better coordination and a competitive advantage that neither partner could reach alone.",
            'The two classifications in this module cut across each other. A horizontal alliance between two carmakers can be purely contractual, such as a joint marketing agreement, or it can take equity form, such as a jointly owned engine plant. A vertical alliance with a supplier can likewise be a supply contract or a cross-shareholding. When analyzing a case, classify the alliance on both axes: how it is governed, and which parts of the value chain it connects.',
          ],
        },
      ],
    },
    {
      slug: 'evolution-of-alliances',
      title: 'How alliances evolved',
      summary:
        "Trace alliances from nineteenth-century price cartels through postwar product alliances to today's knowledge alliances.",
      lessons: [
        {
          slug: 'from-cartels-to-product-alliances',
          title: 'From cartels to product alliances',
          summary:
            'How traditional price alliances gave way, after World War II, to modern product alliances built on complementary resources and shared risk.',
          estimatedMinutes: 10,
          body: [
            'The thesis traces three stages in the evolution of alliances: traditional, modern, and emerging. Traditional alliances go back to the late nineteenth century and the cartels of early industrialization, more than a hundred years ago. Products then differed little from one maker to the next, so competition was mainly about price, and the typical alliance was a price alliance in which firms agreed on prices or divided markets. Because such cartels aimed at monopoly and violated fair competition, most countries eventually restricted them by law.',
            "Modern alliances emerged after World War II. Fiercer competition and rapid technical progress turned seller's markets into buyer's markets in which goods were abundant and firms had to follow customer demand and individual preferences. The business environment became more complex, changeable, and risky, and many firms found that their own resources were no longer enough to reach their strategic goals. Cooperation became a necessity, and the typical form was the product alliance, built on complementary resources and on sharing the risks of developing, making, and selling products.",
            'The contrast between the two stages is instructive. A price cartel restricts competition in order to extract monopoly profits from customers, which is why the law treats it as harmful. A product alliance combines what the partners have in order to offer customers something better or cheaper, so it competes harder in the market instead of suppressing competition. When you meet a proposed alliance between competitors, ask which logic it follows: does it create new value, or does it merely coordinate prices?',
          ],
        },
        {
          slug: 'knowledge-alliances',
          title: 'Knowledge alliances',
          summary:
            'The emerging stage of alliance evolution, in which firms cooperate mainly to exchange and create knowledge, through virtual enterprises and dynamic alliances.',
          estimatedMinutes: 10,
          body: [
            'The third, emerging stage arrived with the knowledge economy. When knowledge replaces capital as the scarcest and most important factor of production, firms ally above all to reach knowledge they lack. An alliance lets partners exchange knowledge in a semi-internalized way: closer than buying it on the market, where tacit know-how is hard to price and transfer, but without the cost of developing or acquiring it in-house. By combining what they know, partners can also create capabilities that neither had before.',
            'According to the thesis, knowledge alliances currently take two main forms: virtual enterprise alliances and dynamic alliances [5]. The thesis only names them, so the following descriptions go beyond the source and draw on the wider literature. A virtual enterprise links independent firms, each contributing its core competence, into a network that acts like a single company for a specific market opportunity and dissolves when the opportunity passes. A dynamic alliance stresses the same fluidity: members and tasks are reconfigured as the market changes instead of being fixed for the long term.',
            "The three stages are not a clean succession in which each replaces the last. Product alliances remain common, and price coordination survives where the law allows it. What has shifted is the center of gravity: the thesis notes that product alliances based on complementary resources or shared risk are gradually giving way to knowledge alliances, whose main purpose is to learn from partners and link new knowledge to one's own core competence. Module 6 returns to this point when it explains why alliances remain worth the risk.",
          ],
        },
      ],
    },
    {
      slug: 'why-firms-ally',
      title: 'Why firms form alliances',
      summary:
        'Four families of theory, plus a Chinese contribution on path dependence, explain why firms choose to cooperate.',
      lessons: [
        {
          slug: 'value-chain-theory',
          title: 'Value chain theory',
          summary:
            "How Porter's value chain and value system explain alliances as a way to coordinate or share activities across firms.",
          estimatedMinutes: 10,
          body: [
            "Michael Porter developed value chain theory in Competitive Advantage, first published in English in 1985 and cited by the thesis in a 1988 Chinese edition [7][8]. Porter sees a firm as a collection of activities involved in designing, producing, selling, delivering, and supporting its product, and maps them as a value chain. Each firm's chain is embedded in a wider value system that includes the chains of its suppliers, distribution channels, and buyers. A firm's competitive advantage comes from differences in its value chain: it performs some links better or more cheaply than rivals.",
            "Because no firm is strong in every link, an alliance lets partners coordinate or share parts of their value chains. Each partner contributes the links where it has an advantage, and the combined chain is stronger than either partner's alone. In effect, the alliance extends the effective reach of each firm's value chain beyond its own boundaries [7]. This is why Porter places alliances between arm's-length market transactions and full mergers: they coordinate activities more closely than the market does, without the cost and rigidity of ownership.",
            "Value chain theory also gives the horizontal and vertical distinction from Module 2 its meaning. Horizontal alliances pool or complement the same activities, for example two firms sharing a plant or a sales force. Vertical alliances tie together successive links in the value system, for example a long-term agreement with a supplier or a distributor. Both aim at optimization and competitive advantage through coordination and cooperation [8]. When analyzing a case, first sketch each partner's value chain and locate the links the alliance touches.",
          ],
        },
        {
          slug: 'capabilities-and-knowledge',
          title: 'Capabilities and knowledge',
          summary:
            'How the resource-based view, core competence, and the knowledge-based view explain alliances as a route to complementary resources and learning.',
          estimatedMinutes: 12,
          body: [
            "Since the 1990s, enterprise capability theory has drawn wide attention. It is really a cluster of related theories: the resource-based view, dynamic capability theory, and the knowledge-based view [6]. All hold that a firm's accumulated resources, capabilities, and knowledge are the key to earning above-normal profits and sustaining competitive advantage. The resource-based view grew from work by Wernerfelt, Grant, and Barney from the mid-1980s onward. It treats tangible and intangible assets as a firm's potential capabilities and stresses that resources differ greatly between firms and cannot move freely among them.",
            "That immobility is why alliances arise. If a firm cannot simply buy a resource it needs, cooperating with the firm that holds it extends the resources it can use beyond its own boundaries, allocates resources more rationally, and raises their efficiency. Capability theory adds that competition in final products is only the surface; underneath, firms compete on core competence, a concept popularized by Prahalad and Hamel: the organization's accumulated knowledge of how to coordinate diverse production skills and integrate streams of technology. Because core competence is unique and hard to imitate, allying to learn from partners' strengths is one way to build it.",
            "The knowledge-based view goes one step further: knowledge is the key input of production and the most important source of a firm's value. An alliance whose aim is to transfer knowledge and to create new knowledge together is called a knowledge alliance, which links this theory to the emerging stage described in Module 3. The thesis reports research showing that in the early 1980s about half of allied firms cooperated to gain each other's knowledge [6]. As the knowledge economy advances, learning and exchanging knowledge have become the core of cooperation between firms.",
          ],
        },
        {
          slug: 'transaction-costs-and-coopetition',
          title: 'Transaction costs and co-opetition',
          summary:
            'Why alliances save transaction costs, how cooperative competition reframes rivalry, and the Chinese contribution on path dependence.',
          estimatedMinutes: 12,
          body: [
            'Transaction cost theory starts from the observation that economic activity always involves transactions and that transacting is costly: partners must be found, contracts negotiated, performance monitored, and agreements renewed [9]. The theory uses these costs to explain why economic organizations and institutions take the forms they do. From this angle an alliance is an institutional arrangement between the open market and the single firm. A stable partnership makes repeated bilateral dealings predictable, cuts contracting costs, and reduces the risk and expense of renegotiating whenever a contract expires.',
            'The theory also explains timing. From the 1980s, deeper specialization and division of labor enlarged markets and multiplied transactions, so transaction costs kept rising; the thesis sees this as an important reason for the boom in alliances from the late 1980s [9]. Cooperative competition theory, often called co-opetition, adds that competition does not exclude cooperation [3]. Since the 1980s Western multinationals have moved from pure rivalry toward large-scale cooperation, and in the 1990s strategy research shifted its focus from competition to cooperation. Partners cooperate to create and enlarge a market, then compete to divide it.',
            'Chinese scholars have largely followed these Western theories, but they have also added ideas of their own. Wang Fanghua, Zhao Changping, and a colleague at the Antai School of Management of Shanghai Jiao Tong University, analyzing the negative effects of alliances, introduced the idea of alliance path dependence [10]: once formed, an alliance tends to harden into a fixed relationship that managers find hard to change. This insight is less a reason to ally than a warning about what happens afterward, and Module 5 takes it up as the first of six obstacles.',
          ],
        },
      ],
    },
    {
      slug: 'six-obstacles',
      title: 'Why alliances fail: six obstacles',
      summary:
        'With failure rates estimated above 60%, alliances face six recurring obstacles, from path dependence to mistiming.',
      lessons: [
        {
          slug: 'path-dependence',
          title: 'Path dependence',
          summary:
            'How alliances harden into fixed relationships through position-locking bias and escalation of commitment, and why that raises the risk of failure.',
          estimatedMinutes: 10,
          body: [
            'Alliances have become a trend of the times, but their failure rate is high: more than 60% by one estimate [1]. The thesis groups the causes into six obstacles, and the first is path dependence. Once firms ally, the relationship easily solidifies. Path dependence here means commitments tied to past decisions and their results, which show up as high costs of change. It magnifies two potentially dangerous behaviors that managers know well: position-locking bias and escalation of commitment [1].',
            "Position-locking bias is decision makers' tendency to stick with the current strategy instead of choosing a more attractive one. A new strategy brings risk and opportunity costs, so top managers prefer the status quo, which limits their responsibility, the risk of implementation, and their workload. Escalation of commitment is the response to negative feedback: managers feel they must prove the wisdom of the time and money already invested. To vindicate the original decision, they defend the existing alliance and protect its resources, even when a better strategy or partner is available.",
            "Strong path dependence does damage in two ways. It reduces the flexibility of the firm's strategy, so the alliance cannot adapt as the external environment changes, and it can make the firm pass up the chance to work with a better partner. Both raise the probability that the alliance fails. The warning signs in a case are familiar: an agreement renewed out of habit, managers who cite the sunk investment as the reason to continue, and alternatives dismissed without serious evaluation.",
          ],
        },
        {
          slug: 'uncooperative-behaviour',
          title: 'Uncooperative behavior',
          summary:
            'Why the looseness of alliances breeds uncooperative behavior, and the five causes the thesis identifies.',
          estimatedMinutes: 12,
          body: [
            "An alliance rests on a shared agreement that requires members to cooperate in strategy and in action, yet its looseness and the differences among members make non-cooperation easy. The thesis names five causes. First, unbalanced competitive positions [2]: as technology and resources flow between partners, one may grow stronger while the other's relative position weakens, and the broken balance erodes the will to cooperate. Second, asymmetric interests [2]: part of the alliance's income is shared and part is divided by contribution, so a partner chasing short-term gain may maximize its own share at the alliance's expense.",
            "Third, partners guard their core competences [1]. Each must use its core competence to contribute, yet it also builds barriers to keep partners from appropriating its core knowledge, and these barriers easily breed distrust. Fourth, managers at different levels see the alliance differently [1]. Senior managers usually recognize its benefits, while middle and lower managers judge it by their own departments' interests, so the alliance lives only at the strategic level and stalls in execution. Fifth, partners differ in culture, organization, and strategy, which regularly leads to conflict in day-to-day operation.",
            'Non-cooperation can be fatal. If it appears and is not resolved quickly and effectively, the alliance will at best fall short of its expected results and at worst break up. When diagnosing a case, identify which of the five causes is at work, because each calls for a different remedy: rebalancing contributions and rewards, protecting knowledge without starving the partnership, or winning over the middle managers who must carry the alliance out day to day.',
          ],
        },
        {
          slug: 'organisation-culture-and-trust',
          title: 'Organization, culture, and trust',
          summary:
            'Three connected obstacles: management that lags behind the alliance, cultural conflict between partners, and a lack of mutual trust.',
          estimatedMinutes: 12,
          body: [
            'The third obstacle is organization and management that lag behind the alliance. An alliance is a loose form of cooperation that runs on a mix of administrative and market mechanisms. Because conflicts of interest cannot be settled by simple command, the partners must build a sound management system that works by market rules [2], which is hard for any single firm. Many alliances fail because their organization cannot keep pace with their growth, and major tasks such as strategic planning, implementation, and coordination go wrong for lack of organizational support.',
            "The fourth obstacle is cultural conflict. An alliance is a cultural exchange as well as a business deal, and every firm has its own corporate culture. Cultural differences turn into differences in management style, which make the alliance harder to run. If the partners' cultures are not integrated, the clash can weaken each firm's culture and the cohesion of the partnership, and conflicts left unresolved escalate until they threaten the alliance's stability.",
            "The fifth obstacle is a lack of mutual trust and communication. Alliances depend on consistent goals, tasks, and ideas, yet each independent partner reads alliance problems through its own culture, organization, and strategy, so the other side's behavior is easily misread or distrusted. Partners also fear that their secrets will leak through the alliance, so they take protective measures and cooperate with reservations. Trust and goodwill then decline, and the alliance delivers far less than it could. These three obstacles reinforce one another and feed non-cooperation.",
          ],
        },
        {
          slug: 'mistiming',
          title: 'Mistiming',
          summary:
            'Why alliances take three to four years to become operational, and how that long lead time can cost a firm its strategic window.',
          estimatedMinutes: 8,
          body: [
            "The sixth obstacle is timing. Spekman's 1996 survey found that large, complex alliances need a great deal of time to build trust: typically three to four years pass between founding an alliance and its full operation [1]. Part of that time goes into setting up organizational relationships between the partners, and part into something slower still, the personal networks and trust that top managers must build with their counterparts before they commit fully.",
            'A long lead time has a benefit: managers have room to find and solve problems before they become crises. But it also stretches out strategic decision-making. In a fast-changing business environment, an alliance that needs four years to become operational may be aimed at a market that has moved on, so the strategy fails or the firm loses opportunities it could otherwise have seized. Failing to manage the timing of an alliance is therefore a real threat to its development.',
            "In a case, mistiming shows up as a gap between the alliance's calendar and the market's. Ask how long the partners expect to need before the alliance delivers, compare that with how fast the relevant technology or demand is changing, and note what opportunities are lost in the meantime. A rough estimate helps: if a product cycle lasts three years and the alliance needs three to four years to become operational, it may launch into the next cycle rather than the one it was designed for.",
          ],
        },
      ],
    },
    {
      slug: 'why-alliances-are-worth-it',
      title: 'Why alliances are still worth it',
      summary:
        'Despite the risks, alliances help firms build core competence faster and deliver four concrete benefits.',
      lessons: [
        {
          slug: 'core-competence-and-advantage',
          title: 'Core competence and competitive advantage',
          summary:
            'Why, at root, alliances matter: they help firms adapt, build core competence faster, and gain competitive advantage.',
          estimatedMinutes: 10,
          body: [
            'Given six obstacles and a failure rate above 60%, should firms avoid alliances? The thesis answers no. At root, an alliance helps a firm adapt to a changing internal and external environment, strengthen and develop its core competences, and maintain or gain competitive advantage [2]. In a dynamic environment a firm must rely increasingly on its own unique resources and capabilities, that is, its core competences, and on the advantages built on them.',
            'Core competence is unique and hard to imitate, which is exactly why building it alone is slow. How quickly a firm strengthens its core competence shapes its market position, so it must identify the right resources and capabilities, invest in them, learn, and innovate. An alliance is one way to open channels and create an environment for that learning. Through mutual learning and complementarity, partners can raise their strength and competitive potential much faster than they could alone.',
            "This is also why knowledge alliances are gaining ground over product alliances. Their main aim is to learn from partners, acquire new knowledge, and link it to one's own core competence. Organized as loose networks with long-term reciprocity, they help firms spot new market opportunities and build up organizational capital. In the end, the value of an alliance shows up as competitive advantage, and as an organizational innovation the alliance has become one of the most important tools of competitive strategy [3].",
          ],
        },
        {
          slug: 'four-concrete-benefits',
          title: 'Four concrete benefits',
          summary:
            "Technology access and sharing, risk sharing, new markets through partners' networks, and economies of scale.",
          estimatedMinutes: 12,
          body: [
            'The thesis names four concrete benefits. The first is access to advanced technology and the sharing of technical resources. Firms with complementary technical strengths can jointly bring advanced products to market faster and at higher quality. Technically weaker firms, by working closely with stronger ones, can learn their technologies and skills, speed up their own progress, and avoid the large risks and costs of developing everything alone [4]. Chinese firms, for example, have formed close technical partnerships with foreign companies in telecommunications, automobiles, and machinery [5].',
            "The second benefit is greater resilience and shared risk. Through an alliance a firm gains capital, technology, and talent it lacks, which raises its ability to withstand risk [4], and because the partners share risk, no single firm bears the full impact of a shock. The third benefit is access to new markets. Rather than build a sales network from scratch, a firm can use a partner's existing network, avoiding duplicated investment and sharing fixed costs. A Chinese firm with a strong domestic network might trade its spare domestic sales capacity for a foreign partner's help in entering international markets [6].",
            "The fourth benefit is economies of scale. By pooling resources, an alliance can reach the most efficient scale for a given business, and well-integrated partners can achieve synergy in which the whole exceeds the sum of its parts. This matters most for smaller firms. Airbus is the classic case: no single European aircraft maker could have matched Boeing's investment and scale, but together, in the Airbus consortium, they could. Even giants such as General Electric cooperate to produce more efficiently; its long-running jet engine joint venture with France's Safran is a well-known example beyond the thesis.",
          ],
        },
      ],
    },
    {
      slug: 'building-an-alliance',
      title: 'Building an alliance as a system',
      summary:
        'Treat the alliance as a system: manage the whole construction process and integrate the partners at six levels.',
      lessons: [
        {
          slug: 'the-construction-process',
          title: 'The construction process',
          summary:
            'The stages of building an alliance, from the strategic decision through partner choice, design, negotiation, and operation to evaluation.',
          estimatedMinutes: 12,
          body: [
            'The thesis argues that alliance obstacles cannot be solved by a few isolated tactics. Any problem is a network of interrelated factors [2], so remedies must be sought across the whole process of building an alliance. The thesis names this process, but its detailed discussion is cut off, so this lesson goes beyond the source and draws on standard strategic-management literature. The process runs through six stages: the strategic decision to ally, partner choice, alliance design, negotiation, operation, and evaluation.',
            "The strategic decision asks whether an alliance is the right route at all, compared with building capabilities internally or acquiring a firm, and what it must achieve. Partner choice then screens candidates for complementary resources, compatible goals, cooperative cultures, and a comparable balance of strength and risk. Design sets the form (contractual or equity), the scope, the governance bodies, each partner's contribution, and the sharing of benefits. Negotiation turns the design into agreements, including how knowledge will be protected, how disputes will be settled, and how the alliance can be ended.",
            'Operation is where most alliances succeed or fail: the partners must staff the alliance, coordinate daily work, and build the relationships that contracts cannot specify. Evaluation closes the loop. Performance is measured against the goals set at the start, and the partners decide whether to deepen, restructure, or end the alliance. The stages feed back into one another, and evaluation may send the partners back to redesign or even to a new partner. Weakness at any stage creates the conditions for the obstacles in Module 5.',
          ],
        },
        {
          slug: 'six-levels-of-integration',
          title: 'Six levels of integration',
          summary:
            'Strategy, tactics, operation, organization, interpersonal relationships, and culture: the six levels at which partners must be integrated.',
          estimatedMinutes: 12,
          body: [
            "The thesis's central proposal is that a successful alliance integrates the partners at six levels: strategy, tactics, operation, organization, interpersonal relationships, and culture [2]. The thesis says it added organizational integration to the other five; a similar five-level scheme appears in Rosabeth Moss Kanter's 1994 work on alliances. Because the thesis's own discussion stops after its heading, this lesson goes beyond the source and develops each level from standard strategic-management literature.",
            "Strategic integration means the partners' top leaders agree on the alliance's goals and keep discussing how their wider strategies are changing. Tactical integration brings middle managers together to turn those goals into concrete plans, projects, resource commitments, and rules for sharing costs and benefits. Operational integration gives the people who do the work the processes, information systems, and timely data they need to cooperate day to day. Organizational integration, the thesis's addition, builds structures that hold the alliance together: a joint steering committee, an alliance manager, clear decision rights, and dispute procedures.",
            "Interpersonal integration creates personal networks across the firms and their levels, through which problems are solved informally and trust is built. Cultural integration develops understanding of each partner's values and habits, the communication skills to bridge them, and, over time, shared norms for the alliance itself. The levels depend on one another: strategic agreement means little if middle managers are not engaged, and good structures fail without trust. According to the thesis, the six levels guide both business practice and the way managers think about alliances.",
          ],
        },
      ],
    },
    {
      slug: 'making-alliances-work',
      title: 'Making alliances work',
      summary:
        'Match a countermeasure to each obstacle, then apply the whole toolkit to a capstone case.',
      lessons: [
        {
          slug: 'six-countermeasures',
          title: 'Six countermeasures',
          summary:
            'One countermeasure for each of the six obstacles, each tied to the integration level that answers it.',
          estimatedMinutes: 15,
          body: [
            "The thesis promises six specific countermeasures, one per obstacle, but its text stops at the heading, so this lesson goes beyond the source and draws on standard strategic-management literature; pairing each obstacle with one integration level is this course's own framework. Against path dependence, work at the strategic level: set explicit goals, schedule regular strategic reviews with exit options, and involve people who did not make the original decision. Against uncooperative behavior, work at the tactical level: tie rewards to contributions, define which knowledge is shared and which is protected, and involve middle managers in planning.",
            "Against organization and management that lag behind, work at the organizational level: set up a joint steering committee, appoint a dedicated alliance manager, and agree on decision rights and dispute procedures before they are needed. Against cultural conflict, work at the cultural level: assess the partners' cultures during partner choice, train staff on both sides, and rely on bridging people who understand both firms. Cultural integration aims at mutual respect and shared alliance norms, not at making one partner copy the other.",
            'Against lack of trust, work at the interpersonal level: build relationships between the firms at several levels, keep communication frequent and open, make reciprocal commitments, and start with smaller tasks that let each side prove reliable. Against mistiming, work at the operational level: prepare processes, systems, and staff in parallel with negotiations, phase the alliance so that early projects deliver results while trust grows, and set deadlines for key decisions. In practice the obstacles overlap, so most cases need countermeasures at several levels at once.',
          ],
        },
        {
          slug: 'capstone-case',
          title: 'Capstone case',
          summary:
            'A fictional battery alliance between a carmaker and a cell maker that draws on every module of the course.',
          estimatedMinutes: 15,
          body: [
            'In 2019 Halvard Motors, a mid-sized European carmaker with annual revenue of 2.1 billion euros, needed batteries for its first electric models. It formed a 50/50 joint venture, HK Cellworks, with Kiriyama Cells, a Japanese battery maker whose patented electrode process cuts cell costs by about 15%. Halvard contributed 400 million euros and access to its European dealer network; Kiriyama contributed its process know-how and 250 engineers. Both firms stayed independent, shared control of the venture, and committed to contribute technology for ten years. The founding plan promised a working plant by 2021.',
            "By 2023 the plant was only just operating, two years late, and rivals had already launched cheaper cells. Kiriyama had moved its best engineers back to Japan and now shares process data only in summarized form. Halvard's purchasing managers, judged on unit cost, keep buying cheaper cells from an outside supplier. Meetings go badly: Halvard's team expects quick, informal decisions, while Kiriyama's expects consensus and written proposals, and the venture has no joint steering committee. A larger cell maker has offered Halvard better terms, but Halvard's board renewed the venture anyway, citing the 400 million euros already invested.",
            "Work through the case using the whole course. Check it against Yoshino and Rangan's conditions, and classify it by form and as a horizontal or vertical alliance. Explain which theories account for its formation and which of the four benefits each partner sought. Diagnose all six obstacles with evidence from the case, including the causes of uncooperative behavior at work. Identify the construction stages that were handled weakly and the integration levels that are missing. Finally, propose one countermeasure per obstacle and, using Spekman's finding, estimate when realistic planners would have expected the plant to operate.",
          ],
        },
      ],
    },
  ],
};
