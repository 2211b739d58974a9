package org.derwent.synth.demography;

import java.util.SplittableRandom;

/** Fictional names: common given and family names combined at random (no real person is described). */
public final class Names {
    private static final String[] FEMALE = {"Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Lily", "Sophie", "Emily", "Ella",
        "Jessica", "Chloe", "Hannah", "Lucy", "Charlotte", "Ruby", "Freya", "Evie", "Poppy", "Alice", "Margaret", "Susan", "Patricia",
        "Jean", "Helen", "Sarah", "Karen", "Julie", "Amina", "Priya", "Fatima", "Aisha", "Zara", "Maria", "Anna", "Joan", "Dorothy"};
    private static final String[] MALE = {"Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Oscar", "Charlie", "Jacob",
        "Thomas", "James", "William", "Joshua", "Daniel", "Samuel", "Alfie", "Henry", "Joseph", "Max", "David", "John", "Michael",
        "Peter", "Robert", "Paul", "Stephen", "Mark", "Mohammed", "Ali", "Arjun", "Ravi", "Tomasz", "Ibrahim", "Kevin", "Brian"};
    private static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan",
        "Hughes", "Turner", "Hill", "Cooper", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
        "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook",
        "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Ahmed",
        "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Nowak", "Mason", "Webb", "Rogers", "Hunt"};

    private Names() {
    }

    public static String given(SplittableRandom rng, boolean female) {
        String[] list = female ? FEMALE : MALE;
        return list[rng.nextInt(list.length)];
    }

    public static String family(SplittableRandom rng) {
        return FAMILY[rng.nextInt(FAMILY.length)];
    }
}
