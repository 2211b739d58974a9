package org.derwent.synth.codes;

import org.derwent.model.code.CodeSystem;

/** dm+d products the generator prescribes, one concept per drug class (VMPs where the list has them). */
public final class Medicines {
    public final Concept aceInhibitor;
    public final Concept arb;
    public final Concept calciumChannelBlocker;
    public final Concept thiazide;
    public final Concept betaBlocker;
    public final Concept alphaBlocker;
    public final Concept aldosteroneAntagonist;
    public final Concept statin;
    public final Concept antiplatelet;
    public final Concept doac;
    public final Concept warfarin;
    public final Concept metformin;
    public final Concept sulfonylurea;
    public final Concept sglt2;
    public final Concept dpp4;
    public final Concept insulin;
    public final Concept antidepressant;
    public final Concept antipsychotic;

    Medicines(Catalogue c) {
        CodeSystem d = CodeSystem.DMD;
        aceInhibitor = c.concept("ACE inhibitor", "opensafely-ace-inhibitor-medications.csv", d,
                "318902004", "318901006", "318906001", "318859000", "318860005");
        arb = c.concept("ARB", "opensafely-angiotensin-ii-receptor-blockers-arbs.csv", d, "318956006", "407784004", "318979007");
        calciumChannelBlocker = c.concept("calcium channel blocker", "opensafely-calcium-channel-blockers.csv", d, "319283006", "319284000");
        thiazide = c.concept("thiazide-type diuretic", "opensafely-thiazide-type-diuretic-medication.csv", d, "317956008", "317919004");
        betaBlocker = c.concept("beta blocker", "opensafely-beta-blocker-medications.csv", d, "318605000", "318590006", "318420003");
        alphaBlocker = c.concept("alpha blocker", "opensafely-alpha-adrenoceptor-blocking-drugs.csv", d, "318782008", "318783003");
        aldosteroneAntagonist = c.concept("aldosterone antagonist",
                "user-robert_porteous-potassium-sparing-diuretics-aldosterone-antagonists-and-compounds-dmd.csv", d, "42216511000001100");
        statin = c.local("local-statins-dmd", d, "20494411000001102", "20494711000001108", "20495411000001101",
                "4380911000001108", "35028611000001104");
        antiplatelet = c.local("local-antiplatelets-dmd", d, "319775004", "319781007", "319799004");
        doac = c.concept("DOAC", "opensafely-direct-acting-oral-anticoagulants-doac.csv", d,
                "703908001", "703907006", "19842211000001107", "29903411000001101", "19469811000001101");
        warfarin = c.local("local-vka-warfarin-dmd", d, "319733000", "319734006", "319735007", "319736008");
        metformin = c.concept("metformin", "opensafely-antidiabetic-drugs.csv", d, "325278007");
        sulfonylurea = c.concept("sulfonylurea", "opensafely-antidiabetic-drugs.csv", d, "325242002");
        sglt2 = c.concept("SGLT2 inhibitor", "opensafely-antidiabetic-drugs.csv", d, "703680009", "25290511000001101");
        dpp4 = c.concept("DPP-4 inhibitor", "opensafely-antidiabetic-drugs.csv", d, "424345005");
        insulin = c.concept("insulin", "opensafely-insulin-medication.csv", d, "400877001", "3468711000001104");
        antidepressant = c.local("local-antidepressants-dmd", d, "321987003", "321959007", "321949006", "407915000", "321989000");
        antipsychotic = c.local("local-antipsychotics-dmd", d, "42275511000001103", "321590000", "321589009", "42276111000001101");
    }
}
