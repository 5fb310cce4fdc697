// The one file that imports compromise: the rest of the core sees only these typed questions.
// compromise costs milliseconds per sentence, so it is asked only about candidates the cheap
// rules could not decide.
import nlp from 'compromise';

// Verbs compromise tags as imperative that open greetings and notices, not instructions.
const NOT_INSTRUCTIONS = /^(welcome|congratulations|congrats|thanks|thank|enjoy|happy|hope|see|good|sorry|pardon|excuse|wish)\b/i;

/** "Circulate the exhibit list to the team." opens with a verb in the imperative. */
// Openers that cannot start an imperative; they rule most sentences out before compromise runs.
const NOT_VERB_OPENER = /^(the|a|an|our|my|your|his|her|their|its|this|that|these|those|i|we|you|he|she|it|they|there|here|in|on|at|for|as|after|before|since|when|while|if|because|although|though|with|from|to|of|by|all|some|no|yes|not|also|and|but|so|or|what|who|how|why|where|which|thanks|\d)\b/i;

export function opensWithImperative(sentence: string): boolean {
  if (NOT_INSTRUCTIONS.test(sentence) || NOT_VERB_OPENER.test(sentence) || sentence.length > 400) return false;
  return nlp(sentence).has('^#Infinitive');
}
