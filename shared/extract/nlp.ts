// The one file that imports compromise: the rest of the core sees only these typed questions.
// compromise costs milliseconds per sentence, so it is asked only about candidates the cheap
// rules could not decide.
import nlp from 'compromise';

// Verbs compromise tags as imperative that open greetings and notices, not instructions.
const NOT_INSTRUCTIONS = /^(welcome|congratulations|congrats|thanks|thank|enjoy|happy|hope|see|good|sorry|pardon|excuse|wish)\b/i;

/** "Circulate the exhibit list to the team." opens with a verb in the imperative. */
export function opensWithImperative(sentence: string): boolean {
  if (NOT_INSTRUCTIONS.test(sentence)) return false;
  return nlp(sentence).has('^#Infinitive');
}
